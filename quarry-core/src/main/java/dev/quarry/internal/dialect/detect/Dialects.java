package dev.quarry.internal.dialect.detect;

import dev.quarry.internal.dialect.Dialect;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.mariadb.MariaDbDialect;
import dev.quarry.internal.dialect.postgres.PostgresDialect;
import dev.quarry.internal.dialect.sqlite.SqliteDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks the dialect of a live connection from its product name and version. */
public final class Dialects {
    /** The leading {@code major[.minor[.patch]]} of a server's version text. */
    private static final Pattern VERSION = Pattern.compile("(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?");

    private Dialects() {
    }

    /** The dialect of the database {@code connection} is connected to. */
    public static Dialect forConnection(Connection connection) throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        String product = md.getDatabaseProductName().toLowerCase(Locale.ROOT);
        int[] version = parseVersion(md.getDatabaseProductVersion());
        if (product.contains("sqlite")) {
            return new SqliteDialect(version);
        }
        if (product.contains("postgres")) {
            return new PostgresDialect(version, postgresFoldCollation(connection));
        }
        if (product.contains("mariadb") || product.contains("mysql")) {
            return new MariaDbDialect(version, noBackslashEscapes(connection));
        }
        throw new UnsupportedFeatureException("Quarry supports SQLite, PostgreSQL and MariaDB/MySQL, not "
                + md.getDatabaseProductName());
    }

    /**
     * The collation lower/upper fold text in on PostgreSQL: the C library's UTF-8 locale where the server has it
     * (letter by letter, as MariaDB and SQLite fold: 'ß' stays 'ß', where ICU would make "SS"), else the database's
     * default (https://www.postgresql.org/docs/current/collation.html#COLLATION-MANAGING-STANDARD).
     */
    private static String postgresFoldCollation(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT collname FROM pg_collation WHERE collprovider = 'c'"
                     + " AND collname IN ('C.utf8', 'C.UTF-8') ORDER BY collname LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "default";
        }
    }

    /**
     * Whether the session's sql_mode makes backslashes ordinary in string literals, which changes how the dialect
     * writes them (https://mariadb.com/kb/en/sql-mode/#no_backslash_escapes).
     */
    private static boolean noBackslashEscapes(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
            return rs.next() && rs.getString(1) != null && rs.getString(1).contains("NO_BACKSLASH_ESCAPES");
        }
    }

    /**
     * "10.11.6-MariaDB-0+deb12u1" -> {10, 11, 6}; "15.6 (Debian 15.6-0+deb12u1)" -> {15, 6, 0}: only the first
     * version number counts, missing parts are 0. MariaDB before 11 may announce itself as "5.5.5-10.x.y-MariaDB"
     * for old replication clients (https://mariadb.com/kb/en/version/); the prefix is skipped.
     */
    /**
     * The dialect of the database Quarry names {@code name} ({@code sqlite}, {@code postgresql}, {@code mariadb}),
     * at the oldest version whose DDL covers every schema change (SQLite 3.35: DROP COLUMN; PostgreSQL 12; MariaDB
     * 10.5: RENAME COLUMN), with the server's default settings; for DDL written without a connection.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Dialect offline(String name) {
        return switch (String.valueOf(name)) {
            case "sqlite" -> new SqliteDialect(new int[] {3, 35, 0});
            case "postgresql" -> new PostgresDialect(new int[] {12, 0, 0});
            case "mariadb" -> new MariaDbDialect(new int[] {10, 5, 0});
            default -> throw new IllegalArgumentException("no database named '" + name + "'; Quarry's are sqlite,"
                    + " postgresql and mariadb");
        };
    }

    static int[] parseVersion(String text) {
        String t = text.startsWith("5.5.5-") ? text.substring("5.5.5-".length()) : text;
        int[] v = new int[3];
        Matcher m = VERSION.matcher(t);
        if (m.find()) {
            for (int i = 0; i < 3; i++) {
                v[i] = m.group(i + 1) == null ? 0 : Integer.parseInt(m.group(i + 1));
            }
        }
        return v;
    }
}
