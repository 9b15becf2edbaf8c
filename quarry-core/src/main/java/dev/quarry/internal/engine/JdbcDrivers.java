package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The JDBC driver a server URL needs: checked before a pool is made, so a missing driver is one error that names the
 * artifact to add instead of the pool's timeout around DriverManager's "No suitable driver found". Stateless.
 *
 * <p>A {@code jdbc:mysql:} URL goes to whichever driver takes it (MySQL Connector/J); when none does and MariaDB
 * Connector/J is present, Quarry hands it the URL with {@code permitMysqlScheme} added, the option that driver
 * requires before it accepts the scheme (https://mariadb.com/kb/en/about-mariadb-connector-j/#jdbcmysql-scheme-compatibility).
 */
final class JdbcDrivers {
    /** MariaDB Connector/J's option that makes it accept jdbc:mysql: URLs. */
    static final String PERMIT_MYSQL_SCHEME = "permitMysqlScheme";
    private static final String POSTGRES_DRIVER = "org.postgresql.Driver";
    private static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";

    private JdbcDrivers() {
    }

    /**
     * The URL to give the driver: {@code url} itself, or a {@code jdbc:mysql:} URL with {@link #PERMIT_MYSQL_SCHEME}
     * when only MariaDB Connector/J can serve it.
     *
     * @throws MisuseException naming the Maven artifact to add when no driver on the class path takes the URL;
     *                         the message holds the scheme only, never the URL (it may hold a password)
     */
    static String driverUrl(String url) {
        String scheme = url.toLowerCase(Locale.ROOT);
        if (scheme.startsWith("jdbc:postgresql:")) {
            require(POSTGRES_DRIVER, "jdbc:postgresql:", "org.postgresql:postgresql (pgjdbc)");
            return url;
        }
        if (scheme.startsWith("jdbc:mysql:") && !accepted(url)) {
            require(MARIADB_DRIVER, "jdbc:mysql:", "org.mariadb.jdbc:mariadb-java-client (MariaDB Connector/J, the "
                    + "driver Quarry is tested with; it serves MySQL too) or com.mysql:mysql-connector-j");
            return url + (url.indexOf('?') < 0 ? "?" : "&") + PERMIT_MYSQL_SCHEME;
        }
        if (scheme.startsWith("jdbc:mariadb:")) {
            require(MARIADB_DRIVER, "jdbc:mariadb:", "org.mariadb.jdbc:mariadb-java-client (MariaDB Connector/J)");
        }
        return url;
    }

    /**
     * Whether the driver class is there, asked of Quarry's class loader: a driver that is present but refuses the
     * URL (pgjdbc refuses one it cannot parse) must fail in its own words, not as a missing driver.
     */
    private static void require(String driverClass, String scheme, String artifact) {
        try {
            Class.forName(driverClass, false, JdbcDrivers.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new MisuseException("no JDBC driver for " + scheme + " URLs is on the class path: add the "
                    + "dependency " + artifact + " to the application (quarry-core brings only SQLite's driver)");
        }
    }

    /** Whether a registered driver visible to Quarry's class loader takes {@code url} as it is. */
    private static boolean accepted(String url) {
        try {
            DriverManager.getDriver(url);
            return true;
        } catch (SQLException none) {
            return false;
        }
    }

}
