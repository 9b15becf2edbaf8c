package dev.quarry.internal.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * A schema (PostgreSQL) or database (MariaDB) of one test class's own on a server from {@code QUARRY_PG_URL} /
 * {@code QUARRY_MYSQL_URL}. An unreachable server skips the class with the reason, or fails it when
 * {@code QUARRY_REQUIRE_ALL_DBS=1}. Not thread-safe.
 */
final class ServerDb {
    final String adminUrl;
    final String name;
    final boolean postgres;

    private ServerDb(String adminUrl, String name, boolean postgres) {
        this.adminUrl = adminUrl;
        this.name = name;
        this.postgres = postgres;
    }

    static ServerDb postgres(String prefix) {
        return create(env("QUARRY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"), prefix, true);
    }

    static ServerDb mariadb(String prefix) {
        return create(env("QUARRY_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root"), prefix, false);
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static ServerDb create(String url, String prefix, boolean postgres) {
        String name = (prefix + "_" + Long.toHexString(System.nanoTime())).toLowerCase(Locale.ROOT);
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute((postgres ? "CREATE SCHEMA " : "CREATE DATABASE ") + name);
        } catch (SQLException e) {
            String reason = (postgres ? "PostgreSQL" : "MariaDB") + " is not reachable at " + url + ": " + e;
            if ("1".equals(System.getenv("QUARRY_REQUIRE_ALL_DBS"))) {
                throw new AssertionError(reason + " and QUARRY_REQUIRE_ALL_DBS=1", e);
            }
            Assumptions.abort(reason);
        }
        return new ServerDb(url, name, postgres);
    }

    /** The URL of this class's own schema or database. */
    String url() {
        if (postgres) {
            return adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
        }
        int q = adminUrl.indexOf('?');
        String base = q < 0 ? adminUrl : adminUrl.substring(0, q);
        String query = q < 0 ? "" : adminUrl.substring(q);
        return base.substring(0, base.lastIndexOf('/') + 1) + name + query;
    }

    void drop() {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(postgres ? "DROP SCHEMA " + name + " CASCADE" : "DROP DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError("cannot drop " + name, e);
        }
    }
}
