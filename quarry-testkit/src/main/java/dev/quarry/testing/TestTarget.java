package dev.quarry.testing;

/**
 * The databases a test written once runs on, and where their servers are: {@code QUARRY_PG_URL} and
 * {@code QUARRY_MYSQL_URL} override the defaults ({@code 127.0.0.1:5432}, user {@code postgres}, database
 * {@code test}; {@code 127.0.0.1:3306}, user {@code root}, database {@code test}). SQLite needs no server: each test
 * class gets a temporary file. Immutable.
 */
public enum TestTarget {
    /** SQLite: a temporary file per test class; its driver comes with quarry-core. */
    SQLITE("sqlite", null, null, 0, "org.xerial:sqlite-jdbc"),
    /** PostgreSQL: a schema per test class on the server of {@code QUARRY_PG_URL}. */
    POSTGRES("postgresql", "QUARRY_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", 5432,
            "org.postgresql:postgresql"),
    /** MariaDB (or MySQL): a database per test class on the server of {@code QUARRY_MYSQL_URL}. */
    MARIADB("mariadb", "QUARRY_MYSQL_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root", 3306,
            "org.mariadb.jdbc:mariadb-java-client");

    private final String label;
    private final String urlVariable;
    private final String defaultUrl;
    private final int defaultPort;
    private final String driverArtifact;

    TestTarget(String label, String urlVariable, String defaultUrl, int defaultPort, String driverArtifact) {
        this.label = label;
        this.urlVariable = urlVariable;
        this.defaultUrl = defaultUrl;
        this.defaultPort = defaultPort;
        this.driverArtifact = driverArtifact;
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

    /** The Maven coordinates of the JDBC driver a test needs on its class path, {@code group:artifact}. */
    public String driverArtifact() {
        return driverArtifact;
    }

    @Override
    public String toString() {
        return label;
    }
}
