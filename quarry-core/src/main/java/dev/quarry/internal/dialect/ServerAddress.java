package dev.quarry.internal.dialect;

import java.util.Locale;

/**
 * The {@code host:port} a server URL connects to, for messages: what an operator needs to find the server, and
 * never the user or password some URL forms carry before an {@code @}. The port a URL leaves out is the driver's
 * default (5432 for pgjdbc, https://jdbc.postgresql.org/documentation/use/; 3306 for MariaDB Connector/J,
 * https://mariadb.com/kb/en/about-mariadb-connector-j/). Stateless.
 */
public final class ServerAddress {
    private ServerAddress() {
    }

    /** {@code host:port} (several, comma-separated, for a multi-host URL) of a PostgreSQL or MariaDB URL. */
    public static String of(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int defaultPort = lower.startsWith("jdbc:postgresql:") ? 5432 : 3306;
        int slashes = url.indexOf("//");
        if (slashes < 0) {
            return "localhost:" + defaultPort; // jdbc:postgresql:database
        }
        int end = slashes + 2;
        while (end < url.length() && url.charAt(end) != '/' && url.charAt(end) != '?') {
            end++;
        }
        String authority = url.substring(slashes + 2, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.isEmpty()) {
            return "localhost:" + defaultPort;
        }
        if (authority.contains("(")) {
            return authority; // MariaDB's address=(host=...)(port=...) form names both already
        }
        StringBuilder out = new StringBuilder();
        for (String host : authority.split(",")) {
            if (out.length() > 0) {
                out.append(',');
            }
            boolean hasPort = host.lastIndexOf(':') > host.lastIndexOf(']');
            out.append(host).append(hasPort ? "" : ":" + defaultPort);
        }
        return out.toString();
    }
}
