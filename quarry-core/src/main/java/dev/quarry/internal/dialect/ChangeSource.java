package dev.quarry.internal.dialect;

/**
 * Where one database's changes made outside this handle's statements come from (each dialect its own way), installed
 * only for the tables someone watches. The watch hub ({@code dev.quarry.internal.watch.WatchHub}) calls {@link #watch} when a table gains its first watch and {@link #unwatch} when it loses
 * its last, one call at a time; a source publishes what it sees with {@code platform.publish(...)}. A source must
 * be in place when {@link #watch} returns, so a change committed after the watch began is never missed.
 */
public interface ChangeSource extends AutoCloseable {

    /** {@code table} gained its first watch. */
    void watch(String table);

    /** {@code table} lost its last watch. */
    void unwatch(String table);

    /** Every watch is gone or the database is closing: release everything (threads, connections, triggers). */
    @Override
    void close();

    /**
     * Whether this source also reports the writes of the handle's own statements to watched tables (server-side
     * capture does), so the handle's own change events would only repeat them and cost a second re-run.
     */
    default boolean seesOwnWrites() {
        return false;
    }

    /** The source of a database whose own statements report every change it needs. */
    ChangeSource NONE = new ChangeSource() {
        @Override
        public void watch(String table) {
        }

        @Override
        public void unwatch(String table) {
        }

        @Override
        public void close() {
        }
    };
}
