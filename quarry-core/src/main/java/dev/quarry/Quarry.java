package dev.quarry;

import dev.quarry.internal.engine.QuarryHandle;
import dev.quarry.query.Executor;
import javax.sql.DataSource;

/**
 * A database: the handle an application opens once and shares. Thread-safe.
 *
 * <pre>{@code
 * try (Quarry db = Quarry.open("jdbc:sqlite:app.db")) {
 *     db.schema().createIfNotExists(USER);
 *     db.insertInto(USER).values(user).execute();
 *     Optional<User> u = db.selectFrom(USER).where(USER.email.eq(email)).fetchOptional();
 * }
 * }</pre>
 *
 * <p>A {@code jdbc:sqlite:} URL gets Quarry's SQLite engine: one writer connection behind an in-process lock, so
 * writes queue in Java and never meet {@code SQLITE_BUSY}, and a pool of read-only readers in WAL mode, so reads
 * never wait for writes. {@code jdbc:postgresql:} and {@code jdbc:mariadb:} / {@code jdbc:mysql:} URLs get a HikariCP
 * pool; a {@link DataSource} is used as it is and not closed by Quarry.
 *
 * <p>Inside a transaction body, calls on this handle made from the body's thread join the transaction (a statement
 * runs in it, a nested {@code transaction(...)} becomes a savepoint), exactly as calls on the {@link Transaction}
 * would. After {@link #close()} every use is a {@link dev.quarry.error.MisuseException}.
 */
public final class Quarry implements Database, AutoCloseable {
    private final QuarryHandle handle;

    private Quarry(QuarryHandle handle) {
        this.handle = handle;
    }

    /** Opens {@code url} with the default settings. */
    public static Quarry open(String url) {
        return open(url, QuarrySettings.DEFAULTS);
    }

    /** Opens {@code url} with {@code settings}. */
    public static Quarry open(String url, QuarrySettings settings) {
        return new Quarry(QuarryHandle.open(url, settings));
    }

    /** Uses {@code dataSource} as it is; {@link #close()} leaves it open. */
    public static Quarry open(DataSource dataSource, QuarrySettings settings) {
        return new Quarry(QuarryHandle.open(dataSource, settings));
    }

    @Override
    public Executor executor() {
        return handle.executor();
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionWork<T, X> work) throws X {
        return handle.transaction(work);
    }

    @Override
    public <T, X extends Exception> T transaction(TransactionOptions options, TransactionWork<T, X> work) throws X {
        return handle.transaction(options, work);
    }

    @Override
    public SchemaOperations schema() {
        return handle.schema();
    }

    @Override
    public String dialectName() {
        return handle.dialectName();
    }

    @Override
    public String quote(String identifier) {
        return handle.quote(identifier);
    }

    /**
     * Waits for running work up to the close timeout, then closes every connection Quarry opened; work still running
     * then, and reading on from a stream left open, fail with a {@link dev.quarry.error.MisuseException}.
     * Idempotent.
     */
    @Override
    public void close() {
        handle.close();
    }

    @Override
    public String toString() {
        return handle.toString();
    }
}
