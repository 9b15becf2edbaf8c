package dev.quarry.spi;

/**
 * What a statement does, as the dialect reports it when it renders the statement: from the query tree for DSL
 * statements, from the leading keyword for hand-written SQL.
 */
public enum StatementKind {
    /** A SELECT (or hand-written SQL that reads: SELECT, WITH, VALUES, SHOW, EXPLAIN without a write keyword). */
    QUERY,
    /** An INSERT, including INSERT ... SELECT and upserts. */
    INSERT,
    /** An UPDATE. */
    UPDATE,
    /** A DELETE. */
    DELETE,
    /** CREATE, ALTER, DROP, TRUNCATE. */
    DDL,
    /** Anything else: transaction control, PRAGMA, VACUUM, a call, hand-written SQL of any other kind. */
    OTHER;

    /** Whether a statement of this kind changes rows or schema (INSERT, UPDATE, DELETE, DDL). */
    public boolean changesData() {
        return this == INSERT || this == UPDATE || this == DELETE || this == DDL;
    }
}
