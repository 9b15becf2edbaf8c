package dev.quarry.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the URL of a test's own schema or database from a server URL, as {@link DatabaseScope} does: for a tool
 * that must reach the same schema by URL (a migration runner, a second process). Pure functions.
 */
public final class ServerUrls {
    private static final Pattern SERVER = Pattern.compile("^(jdbc:[a-z]+:(?:[a-z]+:)?//)([^/?]*)(/[^?]*)?(\\?.*)?$");

    private ServerUrls() {
    }

    /** {@code url} connecting with {@code currentSchema=schema} (pgjdbc sets the search path from it). */
    public static String withSchema(String url, String schema) {
        String stripped = url.replaceAll("([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", "");
        return stripped + (stripped.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /**
     * {@code url} with its database path replaced by {@code database} (MariaDB and MySQL name a database there).
     *
     * @throws IllegalArgumentException when {@code url} is not of the form {@code jdbc:<driver>://host[:port]/db?...}
     */
    public static String withDatabase(String url, String database) {
        Matcher m = matcher(url);
        return m.group(1) + m.group(2) + "/" + database + (m.group(4) == null ? "" : m.group(4));
    }

    /**
     * The host of a server URL (the first, when it names several).
     *
     * @throws IllegalArgumentException when {@code url} is not of the form {@code jdbc:<driver>://host[:port]/db?...}
     */
    public static String host(String url) {
        String authority = matcher(url).group(2);
        int at = authority.lastIndexOf('@');
        String hostPort = at >= 0 ? authority.substring(at + 1) : authority;
        int comma = hostPort.indexOf(',');
        if (comma >= 0) {
            hostPort = hostPort.substring(0, comma);
        }
        int colon = hostPort.lastIndexOf(':');
        return colon >= 0 && !hostPort.endsWith("]") ? hostPort.substring(0, colon) : hostPort;
    }

    /** The port of a server URL, or {@code fallback} when it names none. */
    public static int port(String url, int fallback) {
        String authority = matcher(url).group(2);
        int comma = authority.indexOf(',');
        if (comma >= 0) {
            authority = authority.substring(0, comma);
        }
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || authority.endsWith("]")) {
            return fallback;
        }
        return Integer.parseInt(authority.substring(colon + 1));
    }

    private static Matcher matcher(String url) {
        Matcher m = SERVER.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a server JDBC URL of the form jdbc:<driver>://host[:port]/db?...: "
                    + url);
        }
        return m;
    }
}
