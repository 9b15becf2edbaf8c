package dev.quarry;

import dev.quarry.spi.ExternalTransactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link Quarry} opens and runs its database. Immutable and thread-safe. Build with {@link #builder()}, derive
 * a variant with {@link #toBuilder()}; there is no public constructor, so new settings never break a caller.
 *
 * <p><b>Rejected, never corrected.</b> A value no database can use (a negative count or timeout, a timeout with a
 * fraction of a millisecond, a {@code busyTimeout} over {@code Integer.MAX_VALUE} ms, an unknown pragma value) fails
 * {@link Builder#build()} with an {@link IllegalArgumentException} naming the setting, the value and what to set
 * instead. A value that only the database being opened cannot honour fails {@code Quarry.open} the same way, before
 * any connection is made:
 * <ul>
 *   <li>{@code acquireTimeout} under 250 ms on PostgreSQL and MariaDB: HikariCP's minimum connection timeout;</li>
 *   <li>{@code busyTimeout} of zero on PostgreSQL, whose {@code lock_timeout} of 0 means "wait forever";</li>
 *   <li>{@code busyTimeout} that is not a whole number of seconds, or under 1 s, on MariaDB/MySQL, whose
 *       {@code innodb_lock_wait_timeout} counts whole seconds;</li>
 *   <li>a {@code jdbc:postgresql:} or {@code jdbc:mariadb:} URL with {@code user:password@} before the host, which
 *       neither driver reads.</li>
 * </ul>
 * docs/getting-started.md (section 4, Settings) lists them with their reasons.
 *
 * <p><b>Settings a database does not use.</b> A setting given to the builder explicitly that the database being
 * opened has no use for ({@code journalMode}, {@code synchronous}, {@code readers}, {@code foreignKeys} or
 * {@code fairWriterLock} on PostgreSQL or MariaDB; {@code username},
 * {@code password} or {@code maxPoolSize} on SQLite; the pool and credential settings with a {@code DataSource}) is
 * reported once per {@code Quarry.open}, in one WARN line of the logger {@code dev.quarry.internal.engine.QuarryHandle}
 * naming them, and otherwise ignored: one settings value may then serve SQLite in tests and PostgreSQL in production.
 * Loading an extension is the exception: a server refuses it, since SQL written for the extension could not run.
 *
 * <p><b>The password.</b> {@link #toString()} shows it as {@code ***}. No exception message, cause chain or log line
 * Quarry writes holds it, nor a password written in the URL ({@code password=...}, {@code user:password@host}).
 *
 * <p>Two settings are equal when every setting is equal; which of them were given explicitly is not compared.
 */
public final class QuarrySettings {
    /** The defaults. */
    public static final QuarrySettings DEFAULTS = builder().build();

    private final String username;
    private final String password;
    private final int readers;
    private final int maxPoolSize;
    private final Duration busyTimeout;
    private final String journalMode;
    private final String synchronous;
    private final boolean foreignKeys;
    private final List<ConnectionHook> hooks;
    private final boolean logValues;
    private final Duration closeTimeout;
    private final int statementCacheSize;
    private final Duration acquireTimeout;
    private final StatementListener statementListener;
    private final List<Path> extensions;
    private final boolean fairWriterLock;
    private final CallbackErrorHandler callbackErrorHandler;
    private final Duration slowStatementThreshold;
    private final Duration changePollInterval;
    private final ExternalTransactions externalTransactions;
    private final Set<String> explicitlySet;

    private QuarrySettings(Builder b) {
        this.username = b.username;
        this.password = b.password;
        this.readers = b.readers;
        this.maxPoolSize = b.maxPoolSize;
        this.busyTimeout = b.busyTimeout;
        this.journalMode = b.journalMode;
        this.synchronous = b.synchronous;
        this.foreignKeys = b.foreignKeys;
        this.hooks = List.copyOf(b.hooks);
        this.logValues = b.logValues;
        this.closeTimeout = b.closeTimeout;
        this.statementCacheSize = b.statementCacheSize;
        this.acquireTimeout = b.acquireTimeout;
        this.statementListener = b.statementListener;
        this.extensions = List.copyOf(b.extensions);
        this.fairWriterLock = b.fairWriterLock;
        this.callbackErrorHandler = b.callbackErrorHandler;
        this.slowStatementThreshold = b.slowStatementThreshold;
        this.changePollInterval = b.changePollInterval;
        this.externalTransactions = b.externalTransactions;
        this.explicitlySet = Set.copyOf(b.explicitlySet);
        SettingsRules.check(this);
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings (and remembering which were given explicitly), to derive others. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** User for server databases, or null. */
    public String username() {
        return username;
    }

    /** Password for server databases, or null. Shown as {@code ***} by {@link #toString()}. */
    public String password() {
        return password;
    }

    /** SQLite reader connections (default: the core count, at least 2). */
    public int readers() {
        return readers;
    }

    /** Connections in the server pool (default 10). */
    public int maxPoolSize() {
        return maxPoolSize;
    }

    /**
     * How long SQLite waits out another process's lock, and how long a server lock wait may take, before
     * {@link dev.quarry.error.BusyException} (default 5 s). Whole milliseconds; whole seconds on MariaDB.
     */
    public Duration busyTimeout() {
        return busyTimeout;
    }

    /** SQLite {@code journal_mode} (default WAL). */
    public String journalMode() {
        return journalMode;
    }

    /** SQLite {@code synchronous} (default NORMAL, safe in WAL mode). */
    public String synchronous() {
        return synchronous;
    }

    /** SQLite {@code foreign_keys} (default on; servers always enforce foreign keys). */
    public boolean foreignKeys() {
        return foreignKeys;
    }

    /** Run on every new connection, in order. */
    public List<ConnectionHook> hooks() {
        return hooks;
    }

    /** Whether SQL logs show bound values (default false: values are redacted). */
    public boolean logValues() {
        return logValues;
    }

    /** How long {@code close()} waits for running work (default 10 s). */
    public Duration closeTimeout() {
        return closeTimeout;
    }

    /**
     * Prepared statements kept per connection (default 64; 0 disables): per SQLite connection, and per connection of
     * the pool Quarry opens for a server URL, across loans (not on a user's {@code DataSource}).
     */
    public int statementCacheSize() {
        return statementCacheSize;
    }

    /**
     * How long a call waits for a connection (the SQLite writer, a free SQLite reader, a pooled server connection)
     * before {@link dev.quarry.error.BusyException} (default 30 s, HikariCP's own default {@code connectionTimeout};
     * at least 250 ms on a server).
     */
    public Duration acquireTimeout() {
        return acquireTimeout;
    }

    /** Told each statement that ran, as a {@link StatementEvent} (default {@link StatementListener#NONE}). */
    public StatementListener statementListener() {
        return statementListener;
    }

    /** SQLite loadable extensions loaded on every connection, in order, before the hooks. */
    public List<Path> extensions() {
        return extensions;
    }

    /**
     * Whether threads waiting for the SQLite writer get it strictly in arrival order (default false: waiters queue
     * in order, but a thread arriving as the lock is released may take it first, which spares a thread wake-up per
     * write under contention; see docs/sqlite.md).
     */
    public boolean fairWriterLock() {
        return fairWriterLock;
    }

    /**
     * Receives failures of callbacks: {@code afterCommit} / {@code afterRollback} callbacks, the statement listener,
     * change listeners, background tasks (default: logged at ERROR on {@code dev.quarry.callback}).
     */
    public CallbackErrorHandler callbackErrorHandler() {
        return callbackErrorHandler;
    }

    /** Statements running at least this long are logged at WARN on {@code dev.quarry.sql} (default zero: off). */
    public Duration slowStatementThreshold() {
        return slowStatementThreshold;
    }

    /**
     * How often watched queries look for changes made outside this handle where the database cannot tell them
     * (SQLite: {@code PRAGMA data_version}; MariaDB: the change table), while something watches; 100 ms by
     * default. It bounds how late a watch sees another process's write. See docs/watch.md.
     */
    public Duration changePollInterval() {
        return changePollInterval;
    }

    /**
     * The transactions begun outside Quarry that its statements join (a Spring transaction manager's), or null
     * (the default): then Quarry runs only its own. See {@link ExternalTransactions}.
     */
    public ExternalTransactions externalTransactions() {
        return externalTransactions;
    }

    /**
     * The names of the builder methods called for these settings (such as {@code "readers"}, {@code "onConnect"}),
     * whatever the value given; {@code Quarry.open} reports those the database at hand does not use.
     */
    public Set<String> explicitlySet() {
        return explicitlySet;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof QuarrySettings s
                && readers == s.readers && maxPoolSize == s.maxPoolSize && foreignKeys == s.foreignKeys
                && logValues == s.logValues && statementCacheSize == s.statementCacheSize
                && fairWriterLock == s.fairWriterLock && Objects.equals(username, s.username)
                && Objects.equals(password, s.password) && busyTimeout.equals(s.busyTimeout)
                && journalMode.equals(s.journalMode) && synchronous.equals(s.synchronous) && hooks.equals(s.hooks)
                && closeTimeout.equals(s.closeTimeout) && acquireTimeout.equals(s.acquireTimeout)
                && statementListener.equals(s.statementListener) && extensions.equals(s.extensions)
                && callbackErrorHandler.equals(s.callbackErrorHandler)
                && slowStatementThreshold.equals(s.slowStatementThreshold)
                && changePollInterval.equals(s.changePollInterval)
                && Objects.equals(externalTransactions, s.externalTransactions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username, password, readers, maxPoolSize, busyTimeout, journalMode, synchronous,
                foreignKeys, hooks, logValues, closeTimeout, statementCacheSize, acquireTimeout, statementListener,
                extensions, fairWriterLock, callbackErrorHandler, slowStatementThreshold, changePollInterval,
                externalTransactions);
    }

    /**
     * Every setting, the password as {@code ***}; it is masked also where it appears inside another setting's text
     * (the username, a hook's or the listener's own {@code toString}, an extension's path).
     */
    @Override
    public String toString() {
        return "QuarrySettings[username=" + masked(username) + ", password=" + (password == null ? null : "***")
                + ", readers=" + readers + ", maxPoolSize=" + maxPoolSize + ", busyTimeout=" + busyTimeout
                + ", journalMode=" + journalMode + ", synchronous=" + synchronous + ", foreignKeys=" + foreignKeys
                + ", hooks=" + masked(hooks) + ", logValues=" + logValues + ", closeTimeout=" + closeTimeout
                + ", statementCacheSize=" + statementCacheSize + ", acquireTimeout=" + acquireTimeout
                + ", statementListener=" + masked(statementListener) + ", extensions=" + masked(extensions)
                + ", fairWriterLock=" + fairWriterLock + ", callbackErrorHandler=" + masked(callbackErrorHandler)
                + ", slowStatementThreshold=" + slowStatementThreshold + ", changePollInterval=" + changePollInterval
                + ", externalTransactions=" + masked(externalTransactions) + "]";
    }

    private String masked(Object value) {
        String text = String.valueOf(value);
        return password == null || password.isEmpty() ? text : text.replace(password, "***");
    }

    /** Collects settings; not thread-safe. Each method records its name in {@link #explicitlySet()}. */
    public static final class Builder {
        private String username;
        private String password;
        private int readers = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int maxPoolSize = 10;
        private Duration busyTimeout = Duration.ofSeconds(5);
        private String journalMode = "WAL";
        private String synchronous = "NORMAL";
        private boolean foreignKeys = true;
        private final List<ConnectionHook> hooks = new java.util.ArrayList<>();
        private boolean logValues;
        private Duration closeTimeout = Duration.ofSeconds(10);
        private int statementCacheSize = 64;
        private Duration acquireTimeout = Duration.ofSeconds(30);
        private StatementListener statementListener = StatementListener.NONE;
        private final List<Path> extensions = new java.util.ArrayList<>();
        private boolean fairWriterLock;
        private CallbackErrorHandler callbackErrorHandler = DefaultCallbackErrors.LOG;
        private Duration slowStatementThreshold = Duration.ZERO;
        private Duration changePollInterval = Duration.ofMillis(100);
        private ExternalTransactions externalTransactions;
        private final Set<String> explicitlySet = new java.util.TreeSet<>();

        private Builder() {
        }

        private Builder(QuarrySettings s) {
            username = s.username;
            password = s.password;
            readers = s.readers;
            maxPoolSize = s.maxPoolSize;
            busyTimeout = s.busyTimeout;
            journalMode = s.journalMode;
            synchronous = s.synchronous;
            foreignKeys = s.foreignKeys;
            hooks.addAll(s.hooks);
            logValues = s.logValues;
            closeTimeout = s.closeTimeout;
            statementCacheSize = s.statementCacheSize;
            acquireTimeout = s.acquireTimeout;
            statementListener = s.statementListener;
            extensions.addAll(s.extensions);
            fairWriterLock = s.fairWriterLock;
            callbackErrorHandler = s.callbackErrorHandler;
            slowStatementThreshold = s.slowStatementThreshold;
            changePollInterval = s.changePollInterval;
            externalTransactions = s.externalTransactions;
            explicitlySet.addAll(s.explicitlySet);
        }

        private Builder given(String name) {
            explicitlySet.add(name);
            return this;
        }

        /** See {@link QuarrySettings#username()}; null for none. */
        public Builder username(String value) {
            this.username = value;
            return given("username");
        }

        /** See {@link QuarrySettings#password()}; null for none. */
        public Builder password(String value) {
            this.password = value;
            return given("password");
        }

        /** See {@link QuarrySettings#readers()}. */
        public Builder readers(int value) {
            this.readers = value;
            return given("readers");
        }

        /** See {@link QuarrySettings#maxPoolSize()}. */
        public Builder maxPoolSize(int value) {
            this.maxPoolSize = value;
            return given("maxPoolSize");
        }

        /** See {@link QuarrySettings#busyTimeout()}. */
        public Builder busyTimeout(Duration value) {
            this.busyTimeout = SettingsRules.notNull(value, "busyTimeout", "5 s");
            return given("busyTimeout");
        }

        /** See {@link QuarrySettings#journalMode()}. */
        public Builder journalMode(String value) {
            this.journalMode = SettingsRules.notNull(value, "journalMode", "WAL");
            return given("journalMode");
        }

        /** See {@link QuarrySettings#synchronous()}. */
        public Builder synchronous(String value) {
            this.synchronous = SettingsRules.notNull(value, "synchronous", "NORMAL");
            return given("synchronous");
        }

        /** See {@link QuarrySettings#foreignKeys()}. */
        public Builder foreignKeys(boolean value) {
            this.foreignKeys = value;
            return given("foreignKeys");
        }

        /**
         * Adds a hook run on every new connection (the SQLite writer and each reader, each pooled server connection)
         * before its first use: set pragmas, register Java functions, load an extension of your own.
         */
        public Builder onConnect(ConnectionHook hook) {
            hooks.add(Objects.requireNonNull(hook, "hook"));
            return given("onConnect");
        }

        /** See {@link QuarrySettings#logValues()}. */
        public Builder logValues(boolean value) {
            this.logValues = value;
            return given("logValues");
        }

        /** See {@link QuarrySettings#closeTimeout()}. */
        public Builder closeTimeout(Duration value) {
            this.closeTimeout = SettingsRules.notNull(value, "closeTimeout", "10 s");
            return given("closeTimeout");
        }

        /** See {@link QuarrySettings#statementCacheSize()}. */
        public Builder statementCacheSize(int value) {
            this.statementCacheSize = value;
            return given("statementCacheSize");
        }

        /** See {@link QuarrySettings#acquireTimeout()}. */
        public Builder acquireTimeout(Duration value) {
            this.acquireTimeout = SettingsRules.notNull(value, "acquireTimeout", "30 s");
            return given("acquireTimeout");
        }

        /** Sets the listener told each statement that ran, as a {@link StatementEvent} (one; a later call replaces it). */
        public Builder onStatement(StatementListener listener) {
            this.statementListener = Objects.requireNonNull(listener, "listener");
            return given("onStatement");
        }

        /**
         * Loads the SQLite extension in {@code file} on every connection (writer and readers), before the hooks
         * (which may use it); a file that cannot be loaded fails {@code Quarry.open}. SQLite adds the platform's
         * suffix if the name has none ({@code .so}, {@code .dylib}, {@code .dll}) and searches the library path for
         * a bare name. Loading is switched on only while Quarry loads the file, so SQL cannot call
         * {@code load_extension()} afterwards (https://www.sqlite.org/c3ref/enable_load_extension.html). Server
         * databases refuse this setting.
         */
        public Builder loadExtension(Path file) {
            extensions.add(Objects.requireNonNull(file, "file"));
            return given("loadExtension");
        }

        /**
         * Serves threads waiting for the SQLite writer strictly in arrival order. Off by default: strict order hands
         * the lock to a parked thread at every release, and that wake-up left the writer idle often enough to cost
         * about a third of the throughput of a mixed load on 2 cores (docs/BENCHMARKS.md, SQLite engine).
         */
        public Builder fairWriterLock(boolean value) {
            this.fairWriterLock = value;
            return given("fairWriterLock");
        }

        /**
         * Sets where failures of callbacks go: {@code afterCommit} / {@code afterRollback} callbacks, the statement
         * listener, change listeners, background tasks (one handler; a later call replaces it). A callback that
         * fails after its transaction committed must not make the caller believe the transaction failed, so its
         * failure comes here instead of being thrown.
         */
        public Builder onCallbackError(CallbackErrorHandler handler) {
            this.callbackErrorHandler = Objects.requireNonNull(handler, "handler");
            return given("onCallbackError");
        }

        /**
         * Logs every statement that runs at least {@code threshold} at WARN on {@code dev.quarry.sql}, with its SQL
         * and time (never its values). Zero turns it off (the default).
         */
        public Builder slowStatementThreshold(Duration threshold) {
            this.slowStatementThreshold = SettingsRules.notNull(threshold, "slowStatementThreshold", "zero (off)");
            return given("slowStatementThreshold");
        }

        /** See {@link QuarrySettings#changePollInterval()}; must be positive. */
        public Builder changePollInterval(Duration interval) {
            this.changePollInterval = SettingsRules.notNull(interval, "changePollInterval", "100 ms");
            return given("changePollInterval");
        }

        /**
         * Makes Quarry's statements join the transactions {@code transactions} reports, begun outside Quarry on the
         * connections of the DataSource the database is opened with (one; a later call replaces it). Only for
         * {@code Quarry.open(DataSource, settings)}: a database opened from a URL owns its connections, which no
         * outer transaction can hold, and refuses it. See {@link ExternalTransactions} and docs/spring.md.
         */
        public Builder externalTransactions(ExternalTransactions transactions) {
            this.externalTransactions = Objects.requireNonNull(transactions, "transactions");
            return given("externalTransactions");
        }

        /** The settings; a value no database can use is an {@link IllegalArgumentException} saying what to set. */
        public QuarrySettings build() {
            return new QuarrySettings(this);
        }
    }
}
