package dev.quarry.spring.boot;

import dev.quarry.QuarrySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code quarry.*} properties: where the database is and {@link QuarrySettings} as properties. A property left
 * unset keeps Quarry's default (and is not reported as a setting the database does not use). Mutable, as Spring
 * binds it; read once when the {@code Quarry} bean is made.
 */
@ConfigurationProperties("quarry")
public class QuarryProperties {
    /**
     * JDBC URL of a database Quarry opens itself: jdbc:sqlite:FILE for Quarry's SQLite engine (one writer, a pool of
     * readers), or a PostgreSQL or MariaDB URL for a HikariCP pool of Quarry's own. Transactions then go through
     * Quarry's transaction manager. Unset: Quarry uses the application's DataSource and joins its Spring
     * transactions.
     */
    private String url;

    /** User for a server database opened from quarry.url. */
    private String username;

    /** Password for a server database opened from quarry.url; never logged nor shown in messages. */
    private String password;

    /** SQLite reader connections (Quarry's default: the core count, at least 2). */
    private Integer readers;

    /** Connections in the pool of a server database opened from quarry.url (Quarry's default: 10). */
    private Integer maxPoolSize;

    /**
     * How long SQLite waits out another process's lock, and how long a server lock wait may take (Quarry's default:
     * 5s; whole seconds on MariaDB).
     */
    private Duration busyTimeout;

    /** SQLite journal_mode (Quarry's default: WAL). */
    private String journalMode;

    /** SQLite synchronous (Quarry's default: NORMAL, safe in WAL mode). */
    private String synchronous;

    /** SQLite foreign_keys (Quarry's default: true). */
    private Boolean foreignKeys;

    /** Whether the SQL log (logger dev.quarry.sql at DEBUG) shows bound values (Quarry's default: false). */
    private Boolean logValues;

    /** How long closing the database waits for running work (Quarry's default: 10s). */
    private Duration closeTimeout;

    /**
     * Prepared statements kept per connection Quarry opens (SQLite, or its own pool for a server URL); 0 disables
     * (Quarry's default: 64).
     */
    private Integer statementCacheSize;

    /**
     * How long a call waits for a connection (the SQLite writer, a reader, a pooled connection) before a
     * BusyException (Quarry's default: 30s).
     */
    private Duration acquireTimeout;

    /** Whether threads waiting for the SQLite writer get it strictly in arrival order (Quarry's default: false). */
    private Boolean fairWriterLock;

    /** Statements running at least this long are logged at WARN on dev.quarry.sql; 0 is off (the default). */
    private Duration slowStatementThreshold;

    /**
     * How often watched queries look for changes made outside this application where the database cannot tell
     * them (Quarry's default: 100ms).
     */
    private Duration changePollInterval;

    /** SQLite loadable extensions loaded on every connection, in order. */
    private List<Path> extensions = new ArrayList<>();

    /** Migrating on start with quarry-migrate. */
    private final Migrate migrate = new Migrate();

    /** The settings these properties give, on top of Quarry's defaults. */
    public QuarrySettings.Builder toSettings() {
        QuarrySettings.Builder b = QuarrySettings.builder();
        if (username != null) {
            b.username(username);
        }
        if (password != null) {
            b.password(password);
        }
        if (readers != null) {
            b.readers(readers);
        }
        if (maxPoolSize != null) {
            b.maxPoolSize(maxPoolSize);
        }
        if (busyTimeout != null) {
            b.busyTimeout(busyTimeout);
        }
        if (journalMode != null) {
            b.journalMode(journalMode);
        }
        if (synchronous != null) {
            b.synchronous(synchronous);
        }
        if (foreignKeys != null) {
            b.foreignKeys(foreignKeys);
        }
        if (logValues != null) {
            b.logValues(logValues);
        }
        if (closeTimeout != null) {
            b.closeTimeout(closeTimeout);
        }
        if (statementCacheSize != null) {
            b.statementCacheSize(statementCacheSize);
        }
        if (acquireTimeout != null) {
            b.acquireTimeout(acquireTimeout);
        }
        if (fairWriterLock != null) {
            b.fairWriterLock(fairWriterLock);
        }
        if (slowStatementThreshold != null) {
            b.slowStatementThreshold(slowStatementThreshold);
        }
        if (changePollInterval != null) {
            b.changePollInterval(changePollInterval);
        }
        extensions.forEach(b::loadExtension);
        return b;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Integer getReaders() {
        return readers;
    }

    public void setReaders(Integer readers) {
        this.readers = readers;
    }

    public Integer getMaxPoolSize() {
        return maxPoolSize;
    }

    public void setMaxPoolSize(Integer maxPoolSize) {
        this.maxPoolSize = maxPoolSize;
    }

    public Duration getBusyTimeout() {
        return busyTimeout;
    }

    public void setBusyTimeout(Duration busyTimeout) {
        this.busyTimeout = busyTimeout;
    }

    public String getJournalMode() {
        return journalMode;
    }

    public void setJournalMode(String journalMode) {
        this.journalMode = journalMode;
    }

    public String getSynchronous() {
        return synchronous;
    }

    public void setSynchronous(String synchronous) {
        this.synchronous = synchronous;
    }

    public Boolean getForeignKeys() {
        return foreignKeys;
    }

    public void setForeignKeys(Boolean foreignKeys) {
        this.foreignKeys = foreignKeys;
    }

    public Boolean getLogValues() {
        return logValues;
    }

    public void setLogValues(Boolean logValues) {
        this.logValues = logValues;
    }

    public Duration getCloseTimeout() {
        return closeTimeout;
    }

    public void setCloseTimeout(Duration closeTimeout) {
        this.closeTimeout = closeTimeout;
    }

    public Integer getStatementCacheSize() {
        return statementCacheSize;
    }

    public void setStatementCacheSize(Integer statementCacheSize) {
        this.statementCacheSize = statementCacheSize;
    }

    public Duration getAcquireTimeout() {
        return acquireTimeout;
    }

    public void setAcquireTimeout(Duration acquireTimeout) {
        this.acquireTimeout = acquireTimeout;
    }

    public Boolean getFairWriterLock() {
        return fairWriterLock;
    }

    public void setFairWriterLock(Boolean fairWriterLock) {
        this.fairWriterLock = fairWriterLock;
    }

    public Duration getSlowStatementThreshold() {
        return slowStatementThreshold;
    }

    public void setSlowStatementThreshold(Duration slowStatementThreshold) {
        this.slowStatementThreshold = slowStatementThreshold;
    }

    public Duration getChangePollInterval() {
        return changePollInterval;
    }

    public void setChangePollInterval(Duration changePollInterval) {
        this.changePollInterval = changePollInterval;
    }

    public List<Path> getExtensions() {
        return extensions;
    }

    public void setExtensions(List<Path> extensions) {
        this.extensions = extensions;
    }

    public Migrate getMigrate() {
        return migrate;
    }

    /** The {@code quarry.migrate.*} properties: migrations applied before the {@code Quarry} bean is handed out. */
    public static class Migrate {
        /**
         * Whether to apply the pending migrations (quarry-migrate's runner) before the Quarry bean is handed out. A
         * failing migration stops the application from starting.
         */
        private boolean enabled;

        /**
         * Where the migration files are: a folder holding one folder per database (sqlite, postgresql, mariadb) of
         * V and U files, as 'quarry migrate generate' writes them. classpath: (inside a jar too) or file:.
         */
        private String location = "classpath:db/quarry";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }
    }
}
