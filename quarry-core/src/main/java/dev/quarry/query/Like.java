package dev.quarry.query;

/**
 * {@code value [NOT] LIKE pattern ESCAPE '\'}; with {@code ignoreCase}, both sides lower-cased, the same on every
 * database.
 *
 * @param value      the tested text
 * @param pattern    the pattern ({@code %}, {@code _}, backslash escapes)
 * @param ignoreCase whether case is ignored
 * @param negated    whether NOT
 */
public record Like(Expression<?> value, Expression<String> pattern, boolean ignoreCase, boolean negated)
        implements Condition {

    /** The escape character of every LIKE Quarry renders. */
    public static final char ESCAPE = '\\';

    /** {@code text} with its LIKE wildcards and escape characters escaped, so it matches itself only. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }
}
