package dev.quarry.schema;

/**
 * The rule every table, column, constraint and alias name must pass before any dialect quotes it: not empty, at
 * most {@value #MAX_LENGTH} characters, and no control characters (a NUL or a line break cannot be quoted safely on
 * every database). Quote characters are allowed: each dialect doubles its own.
 */
public final class Identifiers {
    /** Both PostgreSQL (63 bytes) and MariaDB (64 characters) cut longer names; 63 ASCII characters fit both. */
    public static final int MAX_LENGTH = 63;

    private Identifiers() {
    }

    /**
     * Returns {@code name} if it is a safe identifier.
     *
     * @throws IllegalArgumentException naming the identifier and what is wrong with it
     */
    public static String check(String what, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " name must not be empty");
        }
        if (name.length() > MAX_LENGTH || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    what + " name '" + name + "' is longer than " + MAX_LENGTH + " bytes");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " name " + printable(name)
                        + " contains a control character at index " + i + "; it cannot be quoted safely");
            }
        }
        return name;
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder("'");
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append('\'').toString();
    }

    /** {@code InvoiceLine} -> {@code invoice_line}; {@code userID} -> {@code user_id}. */
    public static String snakeCase(String javaName) {
        StringBuilder b = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean prevLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1));
                boolean nextLower = i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                boolean prevUpper = i > 0 && Character.isUpperCase(javaName.charAt(i - 1));
                if (i > 0 && (prevLower || (prevUpper && nextLower)) && javaName.charAt(i - 1) != '_') {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
