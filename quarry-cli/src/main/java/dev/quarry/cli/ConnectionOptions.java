package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * Where the database is and who connects: {@code --url}, {@code --user}, {@code --password}, each taken from the
 * command line, else the environment ({@code QUARRY_URL}, {@code QUARRY_USER}, {@code QUARRY_PASSWORD}), else the
 * config file ({@code url}, {@code user}, {@code password} in {@code --config}, by default {@code quarry.properties}
 * in the working directory when there is one).
 */
final class ConnectionOptions {
    static final String DEFAULT_CONFIG = "quarry.properties";

    @Option(names = "--url", paramLabel = "<jdbc-url>",
            description = "JDBC URL of the database (jdbc:sqlite:app.db, jdbc:postgresql://host/db, "
                    + "jdbc:mariadb://host/db); else QUARRY_URL, else url= in the config file")
    String url;

    @Option(names = "--user", description = "user to connect as; else QUARRY_USER, else user= in the config file")
    String user;

    @Option(names = "--password", description = "password; else QUARRY_PASSWORD, else password= in the config file."
            + " Prefer those: a command line is visible to other users of the machine. Never printed")
    String password;

    @Option(names = "--config", paramLabel = "<file>",
            description = "properties file with url, user and password (default: " + DEFAULT_CONFIG
                    + " in the working directory, when present)")
    Path config;

    /** The URL and credentials, by the order of precedence; the password joins {@code secrets}. */
    Credentials resolve(Environment env, Secrets secrets) {
        Properties file = configFile(env);
        Credentials c = new Credentials(
                first(url, env.variable("QUARRY_URL"), file.getProperty("url")),
                first(user, env.variable("QUARRY_USER"), file.getProperty("user")),
                first(password, env.variable("QUARRY_PASSWORD"), file.getProperty("password")));
        secrets.add(c.password());
        if (c.url() == null) {
            throw new UsageException("no database URL: give --url, set QUARRY_URL, or put url= in "
                    + (config == null ? DEFAULT_CONFIG : config));
        }
        return c;
    }

    /** Whether a URL is given, on the command line, in the environment or in the config file. */
    boolean hasUrl(Environment env) {
        return first(url, env.variable("QUARRY_URL"), configFile(env).getProperty("url")) != null;
    }

    /** Opens the database: one connection is all a command needs. */
    Quarry open(Environment env, Secrets secrets) {
        Credentials c = resolve(env, secrets);
        QuarrySettings.Builder settings = QuarrySettings.builder().maxPoolSize(2).readers(1);
        if (c.user() != null) {
            settings.username(c.user());
        }
        if (c.password() != null) {
            settings.password(c.password());
        }
        return Quarry.open(sqliteFileAgainst(env, c.url()), settings.build());
    }

    /**
     * A SQLite URL naming a relative file, resolved against the command's working directory (the process's, except
     * in tests that run the command in-process); any other URL as it is.
     */
    static String sqliteFileAgainst(Environment env, String url) {
        String prefix = "jdbc:sqlite:";
        if (!url.startsWith(prefix)) {
            return url;
        }
        String rest = url.substring(prefix.length());
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        if (file.isEmpty() || file.startsWith(":") || file.startsWith("file:") || Path.of(file).isAbsolute()) {
            return url;
        }
        return prefix + env.resolve(Path.of(file)) + (query < 0 ? "" : rest.substring(query));
    }

    private Properties configFile(Environment env) {
        Path file = env.resolve(config == null ? Path.of(DEFAULT_CONFIG) : config);
        Properties p = new Properties();
        if (!Files.exists(file)) {
            if (config != null) {
                throw new UsageException("the config file " + file + " does not exist");
            }
            return p;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return p;
        } catch (IOException | IllegalArgumentException e) {
            throw new UsageException("cannot read the config file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /**
     * A database's URL and credentials.
     *
     * @param url      the JDBC URL
     * @param user     the user, or null
     * @param password the password, or null; never in {@link #toString()}
     */
    record Credentials(String url, String user, String password) {
        @Override
        public String toString() {
            return "Credentials[url=" + new Secrets().redact(url) + ", user=" + user + ", password="
                    + (password == null ? "none" : Secrets.MASK) + "]";
        }
    }
}
