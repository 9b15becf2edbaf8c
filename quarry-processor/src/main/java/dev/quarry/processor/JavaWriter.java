package dev.quarry.processor;

import java.util.Locale;

/**
 * Writes Java source line by line with four-space indentation, as the hand-written tables are formatted. Not
 * thread-safe.
 */
final class JavaWriter {
    /** One level of indentation. */
    static final String INDENT = "    ";
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** Writes one line at the current depth; an empty text writes an empty line. */
    JavaWriter line(String text) {
        if (!text.isEmpty()) {
            out.append(INDENT.repeat(depth));
        }
        out.append(text).append('\n');
        return this;
    }

    /** Writes a continuation line, two levels deeper than the statement it continues. */
    JavaWriter continued(String text) {
        out.append(INDENT.repeat(depth + 2)).append(text).append('\n');
        return this;
    }

    /** Writes {@code header {} and indents what follows. */
    JavaWriter open(String header) {
        line(header + " {");
        depth++;
        return this;
    }

    /** Closes the innermost block with {@code closing}, for example {@code "}"} or {@code "};"}. */
    JavaWriter close(String closing) {
        depth--;
        return line(closing);
    }

    /** Closes the innermost block with {@code "}"}. */
    JavaWriter close() {
        return close("}");
    }

    /**
     * {@code s} as a Java string literal. Control characters become octal escapes, never {@code \}{@code u}
     * escapes, which the compiler would decode before it reads the literal.
     */
    static String literal(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        // always three digits, so that a digit after the escape is not read as part of it
                        b.append(String.format(Locale.ROOT, "\\%03o", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
