package dev.quarry.internal.engine;

/** What a statement needs from its connection: the engine routes each statement by it. */
enum Access {
    /** Reads only: a SQLite reader, or any pooled connection. */
    READ,
    /** Writes: the SQLite writer, inside {@code BEGIN IMMEDIATE}. */
    WRITE,
    /**
     * Writes that SQLite refuses inside a transaction ({@code VACUUM}, {@code PRAGMA journal_mode},
     * {@code ATTACH}): the writer, without {@code BEGIN} (https://sqlite.org/lang_vacuum.html,
     * https://sqlite.org/pragma.html#pragma_journal_mode).
     */
    BARE_WRITE
}
