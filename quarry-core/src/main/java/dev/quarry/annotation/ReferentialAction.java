package dev.quarry.annotation;

/** What a foreign key does when the row it points at is deleted (or, for {@code ON UPDATE}, its key changes). */
public enum ReferentialAction {
    /** Reject the delete while rows point at it (checked at statement end). */
    NO_ACTION,
    /** Reject the delete while rows point at it (checked at once). */
    RESTRICT,
    /** Delete the pointing rows too. */
    CASCADE,
    /** Set the pointing column to NULL (the component must be {@link Nullable}). */
    SET_NULL,
    /**
     * Set the pointing column to its default. SQLite and PostgreSQL only: MariaDB's InnoDB accepts the words and
     * ignores them (https://mariadb.com/kb/en/foreign-keys/), so Quarry refuses it there.
     */
    SET_DEFAULT
}
