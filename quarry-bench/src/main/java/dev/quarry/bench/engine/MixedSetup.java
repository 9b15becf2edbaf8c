package dev.quarry.bench.engine;

/**
 * One way of running the mixed workload on a SQLite file. Each operation returns normally, or throws
 * {@link Busy} when the database answered SQLITE_BUSY (counted, not retried); anything else is a bug. Thread-safe.
 */
interface MixedSetup extends AutoCloseable {
    /** A name for the report. */
    String name();

    /** Creates table {@code kv} and fills it with {@code rows} rows, ids 1 to {@code rows}. */
    void fill(int rows);

    /** Reads row {@code id} by key; whether it exists. */
    boolean read(long id) throws Busy;

    /** Updates row {@code id}. */
    void update(long id, long n) throws Busy;

    /** Inserts a new row {@code id}. */
    void insert(long id) throws Busy;

    @Override
    void close();

    /** The database said SQLITE_BUSY. */
    final class Busy extends Exception {
        Busy(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
