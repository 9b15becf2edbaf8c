package dev.quarry.engine;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The second JVM of {@link SecretRedactionTest}: fails in every way an open or a statement can, with a password in
 * the URL and the settings, while slf4j-simple logs everything at DEBUG (HikariCP included) and java.util.logging
 * writes the drivers' INFO and above, all to standard error; each failure's stack trace is printed there too. The
 * parent then looks for the password in that output. A JVM of its own because slf4j-simple fixes a logger's level
 * when the logger is made, and in the test JVM those loggers already exist at WARN.
 */
public final class SecretProbe {
    /** Printed last, so the parent knows every path ran. */
    static final String DONE = "secret probe done";

    private SecretProbe() {
    }

    /** Arguments: the PostgreSQL and MariaDB administrator URLs, a scratch directory, the password. */
    public static void main(String[] args) throws Exception {
        String pg = args[0];
        String maria = args[1];
        Path dir = Path.of(args[2]);
        String password = args[3];
        QuarrySettings settings = QuarrySettings.builder().password(password)
                .acquireTimeout(Duration.ofMillis(250)).build();
        Map<String, Runnable> paths = new LinkedHashMap<>();
        paths.put("jdbc:mysql:, password parameter", () -> open("jdbc:mysql://127.0.0.1:3306/test?password=" + password, settings));
        paths.put("jdbc:mysql:, userinfo", () -> open("jdbc:mysql://root:" + password + "@127.0.0.1/test", settings));
        paths.put("unparsable URL", () -> open("jdbc:postgresql://127.0.0.1:x/test?password=" + password, settings));
        paths.put("userinfo, PostgreSQL", () -> open(pg.replaceFirst("//", "//u:" + password + "@"), settings));
        paths.put("userinfo, MariaDB", () -> open(maria.replaceFirst("//", "//u:" + password + "@"), settings));
        for (String server : new String[] {pg, maria}) {
            String url = SecretLogin.withCredentials(server, "nobody", password);
            paths.put("closed port " + server, () -> open(url.replaceFirst(":\\d+/", ":1/"), settings));
            paths.put("unknown host " + server, () -> open(url.replaceFirst("//[^/:]+", "//no-such-host.invalid"),
                    settings));
            paths.put("wrong login " + server, () -> open(url, settings));
        }
        paths.put("unknown database", () -> open(SecretLogin.withCredentials(pg, "postgres", password)
                .replaceFirst("(//[^/]+/)[^?]*", "$1q_missing_db"), settings));
        paths.put("SQLite file in no directory", () -> open("jdbc:sqlite:" + dir.resolve("no/x.db") + "?password="
                + password, settings));
        QuarrySettings hooked = settings.toBuilder().onConnect(c -> {
            throw new SQLException("hook saw " + password);
        }).build();
        paths.put("failing hook, SQLite", () -> open("jdbc:sqlite:" + dir.resolve("hook.db"), hooked));
        paths.put("failing hook, PostgreSQL", () -> open(SecretLogin.withCredentials(pg, "postgres", password),
                hooked));
        paths.put("failing statement, SQLite", () -> badStatement("jdbc:sqlite:" + dir.resolve("s.db"), settings));
        paths.put("failing statement, PostgreSQL", () -> badStatement(
                SecretLogin.withCredentials(pg, "postgres", password), settings));
        paths.put("failing reconnect, PostgreSQL", () -> reconnect(pg, "test", password, settings));
        paths.put("failing reconnect, MariaDB", () -> reconnect(maria, "test", password, settings));

        int returned = 0;
        for (Map.Entry<String, Runnable> path : paths.entrySet()) {
            System.err.println("== " + path.getKey());
            try {
                path.getValue().run();
                System.err.println("returned normally");
                returned++;
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        }
        System.err.println(DONE);
        System.exit(returned == 0 ? 0 : 2);
    }

    private static void open(String url, QuarrySettings settings) {
        Quarry.open(url, settings).close();
    }

    private static void badStatement(String url, QuarrySettings settings) {
        try (Quarry db = Quarry.open(url, settings)) {
            db.sql("SELEC 1").execute();
        }
    }

    /** Opens with a login, takes its right to log in away, then runs statements until the pool gives up. */
    private static void reconnect(String adminUrl, String database, String password, QuarrySettings settings) {
        try (SecretLogin login = SecretLogin.create(adminUrl, database, password);
             Quarry db = Quarry.open(login.url(adminUrl), settings.toBuilder().maxPoolSize(1).build())) {
            db.sql("SELECT 1").execute();
            login.revoke();
            for (int i = 0; i < 4; i++) {
                try {
                    db.sql("SELECT 1").execute();
                } catch (RuntimeException e) {
                    e.printStackTrace();
                }
            }
            throw new IllegalStateException("ran the statements after the login was revoked");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the login up: " + e, e);
        }
    }
}
