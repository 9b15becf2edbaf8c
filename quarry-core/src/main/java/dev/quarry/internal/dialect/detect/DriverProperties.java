package dev.quarry.internal.dialect.detect;

import dev.quarry.internal.dialect.mariadb.MariaDbDriverProperties;
import dev.quarry.internal.dialect.postgres.PostgresDriverProperties;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The driver properties each server database gets, chosen by the URL's scheme before any connection exists (so
 * before a {@link Dialect} can be read from one). Stateless.
 */
public final class DriverProperties {
    /** {@code //user:password@} before the host (RFC 3986 section 3.2.1). */
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("^[^?#]*?//[^/?#@]*:[^/?#]*@");

    private DriverProperties() {
    }

    /** Whether Quarry opens {@code url} with a server pool. */
    public static boolean isServerUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:postgresql:") || u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:");
    }

    /**
     * Adds the properties the database of {@code url} needs to {@code p}; a URL or setting that database's driver
     * cannot take is an {@link IllegalArgumentException} saying what to do instead.
     */
    public static void addTo(Properties p, String url, Duration busyTimeout) {
        refuseUserInfoPassword(url);
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            PostgresDriverProperties.addTo(p, busyTimeout);
        } else {
            MariaDbDriverProperties.addTo(p, busyTimeout);
        }
    }

    /**
     * Neither pgjdbc nor MariaDB Connector/J reads {@code user:password@host}: pgjdbc fails with "Unable to parse
     * URL" after logging "JDBC URL invalid port number: password@host" through java.util.logging, MariaDB
     * Connector/J with "Incorrect port value : password@host", so the password would reach the driver's log, which
     * Quarry cannot mask. Refused before any driver sees the URL. {@code jdbc:mysql:} URLs pass: MySQL Connector/J
     * reads the form (https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html).
     */
    private static void refuseUserInfoPassword(String url) {
        String scheme = url.toLowerCase(Locale.ROOT);
        // a jdbc:mysql: URL with permitMysqlScheme goes to MariaDB Connector/J (the engine adds it when no MySQL
        // driver is present), which reads user:password@ no better than under its own scheme
        boolean mariaDbDriver = scheme.startsWith("jdbc:mariadb:")
                || scheme.startsWith("jdbc:mysql:") && scheme.contains("permitmysqlscheme");
        if ((scheme.startsWith("jdbc:postgresql:") || mariaDbDriver) && USERINFO_PASSWORD.matcher(url).find()) {
            String driver = scheme.startsWith("jdbc:postgresql:") ? "pgjdbc" : "MariaDB Connector/J";
            throw new IllegalArgumentException("the URL holds user:password@ before the host, which " + driver
                    + " does not read; pass the password with QuarrySettings.password(...) or as the URL's password "
                    + "parameter instead");
        }
    }
}
