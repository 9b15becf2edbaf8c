package dev.quarry;

/**
 * Transaction isolation levels. SQLite transactions are always serializable; asking SQLite for a weaker level is
 * allowed and gives serializable (the stronger guarantee).
 */
public enum Isolation {
    /** The database's default (READ COMMITTED on PostgreSQL, REPEATABLE READ on MariaDB). */
    DEFAULT,
    /** Each statement sees the rows committed before it began. */
    READ_COMMITTED,
    /** Every statement sees the rows as they were at the transaction's first read. */
    REPEATABLE_READ,
    /** As if transactions ran one after another; a conflict is a {@code SerializationFailureException}. */
    SERIALIZABLE
}
