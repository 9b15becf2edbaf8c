package dev.quarry;

/** What a connection lent by {@link Database#withConnection} is for. */
public enum ConnectionAccess {
    /** Reading: a SQLite reader connection (writes there fail), or any pooled server connection. */
    READ,
    /**
     * Writing: on SQLite the single writer connection, held under the writer lock for the whole callback, so other
     * writers of this process wait; no transaction is opened for it (the connection is in auto-commit mode, so
     * {@code VACUUM} and {@code PRAGMA journal_mode} work).
     */
    WRITE
}
