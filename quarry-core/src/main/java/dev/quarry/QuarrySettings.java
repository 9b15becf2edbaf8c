package dev.quarry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link Quarry} opens and runs its database. Immutable; build with {@link #builder()}. Invalid values are
 * rejected when built, never corrected silently.
 *
 * @param username         user for server databases, or null
 * @param password         password for server databases, or null
 * @param readers          SQLite reader connections (default: the core count, at least 2)
 * @param maxPoolSize      connections in the server pool (default 10)
 * @param busyTimeout      how long SQLite waits out another process's lock, and how long a server lock wait may
 *                         take, before {@link dev.quarry.error.BusyException} (default 5 s)
 * @param journalMode      SQLite {@code journal_mode} (default WAL)
 * @param synchronous      SQLite {@code synchronous} (default NORMAL, safe in WAL mode)
 * @param foreignKeys      SQLite {@code foreign_keys} (default on)
 * @param hooks            run on every new connection, in order
 * @param logValues        whether SQL logs show bound values (default false: values are redacted)
 * @param closeTimeout     how long {@code close()} waits for running work (default 10 s)
 * @param statementCacheSize prepared statements kept per connection (default 64; 0 disables)
 * @param acquireTimeout   how long a call waits for a connection (the SQLite writer, a free SQLite reader, a
 *                         pooled server connection) before {@link dev.quarry.error.BusyException} (default 30 s,
 *                         HikariCP's own default {@code connectionTimeout})
 * @param statementListener told the SQL of each statement that ran (default {@link StatementListener#NONE})
 * @param extensions       SQLite loadable extensions loaded on every connection, in order, before the hooks
 * @param fairWriterLock   whether threads waiting for the SQLite writer get it strictly in arrival order (default
 *                         false: waiters queue in order, but a thread arriving as the lock is released may take it
 *                         first, which spares a thread wake-up per write under contention; see docs/sqlite.md)
 * @param callbackErrorHandler receives failures of callbacks (after-commit, listeners, background tasks); default:
 *                         logged at ERROR on {@code dev.quarry.callback}
 * @param slowStatementThreshold statements running at least this long are logged at WARN on {@code dev.quarry.sql}
 *                         (default zero: off)
 */
public record QuarrySettings(String username, String password, int readers, int maxPoolSize, Duration busyTimeout,
                             String journalMode, String synchronous, boolean foreignKeys,
                             List<ConnectionHook> hooks, boolean logValues, Duration closeTimeout,
                             int statementCacheSize, Duration acquireTimeout,
                             StatementListener statementListener, List<Path> extensions, boolean fairWriterLock,
                             CallbackErrorHandler callbackErrorHandler, Duration slowStatementThreshold) {

    /** Logs a callback's failure at ERROR on {@code dev.quarry.callback}. */
    private static final CallbackErrorHandler DEFAULT_CALLBACK_ERRORS = (source, error) ->
            org.slf4j.LoggerFactory.getLogger("dev.quarry.callback").error("{} failed", source, error);

    /** The defaults. */
    public static final QuarrySettings DEFAULTS = builder().build();

    public QuarrySettings {
        hooks = List.copyOf(hooks);
        extensions = List.copyOf(extensions);
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        Objects.requireNonNull(acquireTimeout, "acquireTimeout");
        Objects.requireNonNull(statementListener, "statementListener");
        Objects.requireNonNull(journalMode, "journalMode");
        Objects.requireNonNull(synchronous, "synchronous");
        Objects.requireNonNull(callbackErrorHandler, "callbackErrorHandler");
        Objects.requireNonNull(slowStatementThreshold, "slowStatementThreshold");
        if (slowStatementThreshold.isNegative()) {
            throw new IllegalArgumentException("slowStatementThreshold must not be negative (zero turns it off), was "
                    + slowStatementThreshold);
        }
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be >= 1, was " + readers);
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be >= 1, was " + maxPoolSize);
        }
        if (busyTimeout.isNegative() || closeTimeout.isNegative() || acquireTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must not be negative");
        }
        if (statementCacheSize < 0) {
            throw new IllegalArgumentException("statementCacheSize must be >= 0, was " + statementCacheSize);
        }
        if (!journalMode.matches("(?i)DELETE|TRUNCATE|PERSIST|MEMORY|WAL|OFF")) {
            throw new IllegalArgumentException("journalMode must be one of DELETE, TRUNCATE, PERSIST, MEMORY, WAL, "
                    + "OFF; was '" + journalMode + "'");
        }
        if (!synchronous.matches("(?i)OFF|NORMAL|FULL|EXTRA")) {
            throw new IllegalArgumentException("synchronous must be one of OFF, NORMAL, FULL, EXTRA; was '"
                    + synchronous + "'");
        }
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects settings; not thread-safe. */
    public static final class Builder {
        private String username;
        private String password;
        private int readers = Math.max(2, Runtime.getRuntime().availableProcessors());
        private int maxPoolSize = 10;
        private Duration busyTimeout = Duration.ofSeconds(5);
        private String journalMode = "WAL";
        private String synchronous = "NORMAL";
        private boolean foreignKeys = true;
        private final List<ConnectionHook> hooks = new ArrayList<>();
        private boolean logValues;
        private Duration closeTimeout = Duration.ofSeconds(10);
        private int statementCacheSize = 64;
        private Duration acquireTimeout = Duration.ofSeconds(30);
        private StatementListener statementListener = StatementListener.NONE;
        private final List<Path> extensions = new ArrayList<>();
        private boolean fairWriterLock;
        private CallbackErrorHandler callbackErrorHandler = DEFAULT_CALLBACK_ERRORS;
        private Duration slowStatementThreshold = Duration.ZERO;

        private Builder() {
        }

        public Builder username(String value) {
            this.username = value;
            return this;
        }

        public Builder password(String value) {
            this.password = value;
            return this;
        }

        public Builder readers(int value) {
            this.readers = value;
            return this;
        }

        public Builder maxPoolSize(int value) {
            this.maxPoolSize = value;
            return this;
        }

        public Builder busyTimeout(Duration value) {
            this.busyTimeout = value;
            return this;
        }

        public Builder journalMode(String value) {
            this.journalMode = value;
            return this;
        }

        public Builder synchronous(String value) {
            this.synchronous = value;
            return this;
        }

        public Builder foreignKeys(boolean value) {
            this.foreignKeys = value;
            return this;
        }

        /**
         * Adds a hook run on every new connection (the SQLite writer and each reader, each pooled server connection)
         * before its first use: set pragmas, register Java functions, load an extension of your own.
         */
        public Builder onConnect(ConnectionHook hook) {
            hooks.add(Objects.requireNonNull(hook, "hook"));
            return this;
        }

        public Builder logValues(boolean value) {
            this.logValues = value;
            return this;
        }

        public Builder closeTimeout(Duration value) {
            this.closeTimeout = value;
            return this;
        }

        public Builder statementCacheSize(int value) {
            this.statementCacheSize = value;
            return this;
        }

        public Builder acquireTimeout(Duration value) {
            this.acquireTimeout = value;
            return this;
        }

        /** Sets the listener told the SQL of each statement that ran (one; a later call replaces it). */
        public Builder onStatement(StatementListener listener) {
            this.statementListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Loads the SQLite extension in {@code file} on every connection (writer and readers), before the hooks
         * (which may use it); a file that cannot be loaded fails {@code Quarry.open}. SQLite adds the platform's
         * suffix if the name has none ({@code .so}, {@code .dylib}, {@code .dll}) and searches the library path for a bare name. Loading is
         * switched on only while Quarry loads the file, so SQL cannot call {@code load_extension()} afterwards
         * (https://www.sqlite.org/c3ref/enable_load_extension.html). Server databases refuse this setting.
         */
        public Builder loadExtension(Path file) {
            extensions.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Serves threads waiting for the SQLite writer strictly in arrival order. Off by default: strict order hands
         * the lock to a parked thread at every release, and that wake-up left the writer idle often enough to cost
         * about a third of the throughput of a mixed load on 2 cores (docs/BENCHMARKS.md, SQLite engine).
         */
        public Builder fairWriterLock(boolean value) {
            this.fairWriterLock = value;
            return this;
        }

        /**
         * Sets where failures of callbacks go: {@code afterCommit} / {@code afterRollback} callbacks, the statement
         * listener, change listeners, background tasks (one handler; a later call replaces it). A callback that
         * fails after its transaction committed must not make the caller believe the transaction failed, so its
         * failure comes here instead of being thrown.
         */
        public Builder onCallbackError(CallbackErrorHandler handler) {
            this.callbackErrorHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Logs every statement that runs at least {@code threshold} at WARN on {@code dev.quarry.sql}, with its SQL and
         * time (never its values). Zero turns it off (the default).
         */
        public Builder slowStatementThreshold(Duration threshold) {
            this.slowStatementThreshold = threshold;
            return this;
        }

        public QuarrySettings build() {
            return new QuarrySettings(username, password, readers, maxPoolSize, busyTimeout, journalMode, synchronous,
                    foreignKeys, hooks, logValues, closeTimeout, statementCacheSize, acquireTimeout,
                    statementListener, extensions, fairWriterLock, callbackErrorHandler, slowStatementThreshold);
        }
    }
}
