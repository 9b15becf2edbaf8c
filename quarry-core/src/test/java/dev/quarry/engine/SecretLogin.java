package dev.quarry.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A server login that needs a password, made for one test: a PostgreSQL role (this machine's pg_hba trusts
 * 127.0.0.1, so the password is sent in the URL but never checked) or a MariaDB user with rights on the test's
 * database. {@link #revoke()} makes its next logins fail; {@link #close()} drops it. Not thread-safe.
 */
final class SecretLogin implements AutoCloseable {
    private final String adminUrl;
    private final boolean postgres;
    private final String name;
    private final String password;

    private SecretLogin(String adminUrl, boolean postgres, String name, String password) {
        this.adminUrl = adminUrl;
        this.postgres = postgres;
        this.name = name;
        this.password = password;
    }

    /** A password no message could hold by chance. */
    static String newPassword() {
        return "Pw-" + Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
    }

    /**
     * Creates a login with {@code password} through {@code adminUrl} (a PostgreSQL or MariaDB URL that logs in as
     * an administrator), with every right on {@code database} on MariaDB.
     */
    static SecretLogin create(String adminUrl, String database, String password) throws SQLException {
        boolean postgres = adminUrl.startsWith("jdbc:postgresql:");
        String name = "q_secret_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        SecretLogin login = new SecretLogin(adminUrl, postgres, name, password);
        // Only a hash of the password is sent, so that no driver's DEBUG log of these statements shows it: PostgreSQL
        // takes "md5" + md5(password + role) (https://www.postgresql.org/docs/current/sql-createrole.html), MariaDB
        // "*" + SHA1(SHA1(password)) for mysql_native_password
        // (https://mariadb.com/kb/en/create-user/#identified-by-password).
        if (postgres) {
            login.admin("CREATE ROLE " + name + " LOGIN PASSWORD 'md5" + hex("MD5", (password + name).getBytes(UTF_8))
                    + "'");
        } else {
            byte[] once = digest("SHA-1", password.getBytes(UTF_8));
            login.admin("CREATE USER '" + name + "'@'%' IDENTIFIED BY PASSWORD '*"
                    + hex("SHA-1", once).toUpperCase(Locale.ROOT) + "'");
            login.admin("GRANT ALL ON `" + database + "`.* TO '" + name + "'@'%'");
        }
        return login;
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has " + algorithm, e);
        }
    }

    private static String hex(String algorithm, byte[] data) {
        return HexFormat.of().formatHex(digest(algorithm, data));
    }

    /** {@code url} logging in as this login with its password. */
    String url(String url) {
        return withCredentials(url, name, password);
    }

    /** {@code url} with its user and password parameters replaced by {@code user} and {@code password}. */
    static String withCredentials(String url, String user, String password) {
        String bare = url.replaceAll("(?i)([?&])(user|password)=[^&]*", "$1").replaceAll("&&+", "&")
                .replaceAll("[?&]$", "").replace("?&", "?");
        return bare + (bare.contains("?") ? "&" : "?") + "user=" + user + "&password=" + password;
    }

    /** Makes every later login fail and ends the sessions open now, so a pool must reconnect and cannot. */
    void revoke() throws SQLException {
        if (postgres) {
            admin("ALTER ROLE " + name + " NOLOGIN");
            admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + name + "'");
        } else {
            admin("ALTER USER '" + name + "'@'%' ACCOUNT LOCK");
            for (long id : mariaDbSessions()) {
                admin("KILL " + id);
            }
        }
    }

    private List<Long> mariaDbSessions() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM information_schema.processlist WHERE user = '"
                     + name + "'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        admin(postgres ? "DROP ROLE IF EXISTS " + name : "DROP USER IF EXISTS '" + name + "'@'%'");
    }

    @Override
    public String toString() {
        return name;
    }
}
