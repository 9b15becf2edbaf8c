package dev.quarry.testing;

/**
 * The databases every contract test runs on, and where their servers are: {@code QUARRY_PG_URL} and
 * {@code QUARRY_MYSQL_URL} override the defaults of DESIGN.md. SQLite needs no server: each test class gets a
 * temporary file.
 */
public enum TestTarget {
    SQLITE("sqlite", null, null, 0),
    POSTGRES("postgresql", "QUARRY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", 5432),
    MARIADB("mariadb", "QUARRY_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root", 3306);

    private final String label;
    private final String urlVariable;
    private final String defaultUrl;
    private final int defaultPort;

    TestTarget(String label, String urlVariable, String defaultUrl, int defaultPort) {
        this.label = label;
        this.urlVariable = urlVariable;
        this.defaultUrl = defaultUrl;
        this.defaultPort = defaultPort;
    }

    /** The name shown in test names: {@code [sqlite]}, {@code [postgresql]}, {@code [mariadb]}. */
    public String label() {
        return label;
    }

    /** Whether the database runs as a server (and so may be unreachable). */
    public boolean isServer() {
        return urlVariable != null;
    }

    /** The environment variable that overrides the server's URL, or null for SQLite. */
    public String urlVariable() {
        return urlVariable;
    }

    /** The server's administrative URL (the shared {@code test} database), or null for SQLite. */
    public String serverUrl() {
        if (urlVariable == null) {
            return null;
        }
        String fromEnv = System.getenv(urlVariable);
        return fromEnv == null || fromEnv.isBlank() ? defaultUrl : fromEnv.trim();
    }

    /** The port to probe when the URL names none. */
    int defaultPort() {
        return defaultPort;
    }

    @Override
    public String toString() {
        return label;
    }
}
