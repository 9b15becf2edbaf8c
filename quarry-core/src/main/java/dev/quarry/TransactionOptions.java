package dev.quarry;

import java.util.Objects;

/**
 * How a transaction is opened.
 *
 * @param readOnly  whether writes are rejected (and, on SQLite, whether a reader connection serves it)
 * @param isolation the isolation level
 */
public record TransactionOptions(boolean readOnly, Isolation isolation) {
    /** Read-write at the database's default isolation. */
    public static final TransactionOptions DEFAULT = new TransactionOptions(false, Isolation.DEFAULT);
    /** Read-only at the database's default isolation; on SQLite, one consistent snapshot. */
    public static final TransactionOptions READ_ONLY = new TransactionOptions(true, Isolation.DEFAULT);

    /** Options; {@code isolation} is required ({@link Isolation#DEFAULT} for the database's own). */
    public TransactionOptions {
        Objects.requireNonNull(isolation, "isolation");
    }

    /** These options at {@code level}. */
    public TransactionOptions withIsolation(Isolation level) {
        return new TransactionOptions(readOnly, level);
    }
}
