package dev.quarry.migrate;

/**
 * How a migration's DDL is written where a database offers a choice ({@link dev.quarry.spi.DdlOperations#onlineStatements}).
 */
public enum DdlMode {
    /** Each change in its plain form, the whole migration in one transaction where the database allows it. */
    TRANSACTIONAL,
    /**
     * Each change in the form that does not block the table's writers for as long as it takes, where the database
     * has one (PostgreSQL: indexes built concurrently, constraints added NOT VALID then validated); such a migration
     * runs statement by statement outside a transaction, its history row counting the statements that ran, so an
     * interrupted run resumes where it stopped. Changes without an online form are written as in
     * {@link #TRANSACTIONAL}.
     */
    ONLINE
}
