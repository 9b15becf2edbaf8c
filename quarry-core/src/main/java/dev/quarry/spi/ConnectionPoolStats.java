package dev.quarry.spi;

/**
 * What one pool of connections that Quarry keeps itself is doing, read at one moment: for metrics and health pages
 * ({@link Platform#connectionPools()}). SQLite's engine has two: its single writer, a pool of one behind an
 * in-process lock ({@value #SQLITE_WRITER}), and its readers ({@value #SQLITE_READERS}). Waits are counted only
 * when a caller had to wait, so taking a free connection costs nothing extra. Immutable.
 *
 * @param pool      which pool: {@value #SQLITE_WRITER} or {@value #SQLITE_READERS}
 * @param size      connections in the pool
 * @param active    connections lent now (the writer: 1 while a thread holds its lock)
 * @param pending   threads waiting for a connection now
 * @param waits     times since the database opened that a caller found no free connection and waited (those that
 *                  then timed out with a {@code BusyException} included)
 * @param waitNanos the time those callers waited, in total
 */
public record ConnectionPoolStats(String pool, int size, int active, int pending, long waits, long waitNanos) {
    /** The SQLite engine's writer connection and its lock. */
    public static final String SQLITE_WRITER = "sqlite-writer";
    /** The SQLite engine's read-only reader connections. */
    public static final String SQLITE_READERS = "sqlite-readers";

    /** Connections idle now. */
    public int idle() {
        return size - active;
    }
}
