package dev.quarry;

/**
 * Transaction isolation levels. SQLite transactions are always serializable; asking SQLite for a weaker level is
 * allowed and gives serializable (the stronger guarantee).
 */
public enum Isolation {
    /** The database's default (READ COMMITTED on PostgreSQL, REPEATABLE READ on MariaDB). */
    DEFAULT,
    READ_COMMITTED,
    REPEATABLE_READ,
    SERIALIZABLE
}
