package dev.quarry.internal.dialect.mariadb;

/**
 * Reads the quoted names out of MariaDB's English error messages, which quote with {@code '} or a backtick
 * depending on the message and server version.
 */
final class MariaDbMessageNames {
    private MariaDbMessageNames() {
    }

    /** The quoted name right after the first {@code marker}, or null. */
    static String quotedAfter(String message, String marker) {
        if (message == null) {
            return null;
        }
        int at = message.indexOf(marker);
        return at < 0 ? null : quotedAt(message, at + marker.length());
    }

    /** The quoted name right after the last {@code marker} (the value before it may contain the marker), or null. */
    static String quotedAfterLast(String message, String marker) {
        if (message == null) {
            return null;
        }
        int at = message.lastIndexOf(marker);
        return at < 0 ? null : quotedAt(message, at + marker.length());
    }

    private static String quotedAt(String message, int at) {
        if (at >= message.length()) {
            return null;
        }
        char quote = message.charAt(at);
        if (quote != '\'' && quote != '`' && quote != '"') {
            return null;
        }
        int end = message.indexOf(quote, at + 1);
        return end < 0 ? null : message.substring(at + 1, end);
    }

    /**
     * {@code message} with the row values MariaDB quotes in it ({@code Duplicate entry 'x'}, {@code Incorrect
     * integer value: 'x'}) replaced by {@code '<redacted>'}: bound values stay out of Quarry's messages unless value
     * logging is on (the driver's own exception, kept as the cause, still has them).
     */
    static String withoutValues(String message) {
        if (message == null) {
            return null;
        }
        return VALUE.matcher(message).replaceAll("$1 '<redacted>'");
    }

    private static final java.util.regex.Pattern VALUE =
            java.util.regex.Pattern.compile("(entry|value:?) '(?:[^'\\\\]|\\\\.|'')*'");
}
