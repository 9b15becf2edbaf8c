package dev.quarry;

import dev.quarry.spi.Platform;
import javax.sql.DataSource;

/**
 * The engine behind a {@link Quarry} handle, as the facade sees it: everything a {@link Database} does, its
 * {@link Platform}, and its shutdown. Quarry's own engine implements it and is found with
 * {@link java.util.ServiceLoader} through {@link Factory}, so the API package does not depend on the engine's
 * (the engine depends on the API, never the other way). Applications use {@link Quarry}, not this.
 * Implementations are thread-safe.
 */
public interface QuarryEngine extends Database, AutoCloseable {

    /** What modules built on Quarry use beyond the DSL. */
    Platform platform();

    /**
     * Watches {@code query}: see {@link Quarry#watch(dev.quarry.watch.LiveQuery, dev.quarry.watch.WatchOptions)}.
     */
    <T> dev.quarry.watch.Watch<T> watch(dev.quarry.watch.LiveQuery<T> query, dev.quarry.watch.WatchOptions options);

    /** Begins a transaction left open: see {@link Quarry#beginTransaction}. */
    OpenTransaction beginTransaction(TransactionOptions options);

    /** Whether close has begun. */
    boolean isClosing();

    /** Stops background work, waits for running work up to the close timeout, closes connections. Idempotent. */
    @Override
    void close();

    /** Opens engines; listed in {@code META-INF/services/dev.quarry.QuarryEngine$Factory}. */
    interface Factory {

        /** Opens {@code url} (SQLite, PostgreSQL, MariaDB/MySQL) with {@code settings}. */
        QuarryEngine open(String url, QuarrySettings settings);

        /** Uses {@code dataSource} as it is, never closing it. */
        QuarryEngine open(DataSource dataSource, QuarrySettings settings);

        /** The DDL of a database without a connection: see {@link Quarry#ddlOf}. */
        dev.quarry.spi.DdlOperations ddl(String databaseName);
    }
}
