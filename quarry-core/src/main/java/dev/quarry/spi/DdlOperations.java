package dev.quarry.spi;

import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDef;
import java.util.List;
import java.util.Optional;

/**
 * The DDL a database needs for a table definition and for each {@link SchemaChange}, each database its own way
 * (types, quoting, keys and indexes, what ALTER TABLE can do), as SQL text for a module to run or to write into a
 * migration file. Obtain it from {@link Platform#ddl()}, or without a connection from
 * {@link dev.quarry.Quarry#ddlOf(String)}. Stateless and thread-safe.
 *
 * <h2>What each database changes in place</h2>
 * PostgreSQL and MariaDB make every change in place. SQLite adds a column (nullable or with a literal default, not a
 * key), drops one that no key, index, foreign key or check names, renames columns and tables, and creates and drops
 * indexes; it refuses every other change with {@link dev.quarry.error.UnsupportedFeatureException}, and a
 * {@link SchemaChange.RebuildTable} makes it instead, run under {@link #rebuildGuard()}. The server databases refuse
 * a rebuild.
 */
public interface DdlOperations {

    /** The statements that create {@code table}: the table (with its constraints), then its other indexes. */
    List<String> createTable(TableDef table, boolean ifNotExists);

    /** The statement that drops {@code table}. */
    String dropTable(TableDef table, boolean ifExists);

    /** {@code name} quoted as an identifier on this database. */
    String quote(String name);

    /**
     * Whether a backslash escapes the next character in this database's string literals (MariaDB, unless its
     * {@code sql_mode} has {@code NO_BACKSLASH_ESCAPES}), so that a reader of SQL text, such as a migration file's
     * statement splitter, knows where a literal ends.
     */
    boolean backslashEscapes();

    /**
     * The statements that make {@code change} on this database, in order, to run in one transaction where the
     * database has transactional DDL ({@link Capabilities#transactionalDdl()}).
     *
     * @throws dev.quarry.error.UnsupportedFeatureException if this database cannot make the change in place (the
     *                                                      message names the change and the table)
     * @throws IllegalArgumentException                     if the change is invalid for this database (a default
     *                                                      its column type cannot hold)
     */
    List<String> statements(SchemaChange change);

    /**
     * The statements that make {@code change} without blocking the table's writers for as long as the change takes,
     * each to run on its own, outside a transaction; empty where this database has no such form for the change (or
     * its plain form is already online). PostgreSQL: an index built {@code CONCURRENTLY}; a foreign key or check
     * added {@code NOT VALID} then validated (validation lets writes go on); NOT NULL set after a validated
     * {@code IS NOT NULL} check, which PostgreSQL 12+ uses instead of scanning the table under its strongest lock.
     * Between the statements the change is partly made: a failure leaves the ones before it applied.
     */
    Optional<List<String>> onlineStatements(SchemaChange change);

    /**
     * What must run around the transaction of a migration that holds a {@link SchemaChange.RebuildTable}, or empty
     * where the database does not rebuild tables. On SQLite: foreign-key enforcement off before the transaction
     * (switching it inside one does nothing, and with it on, dropping the old table would fire ON DELETE actions on
     * the children), a foreign-key check before the commit that must return no row, and enforcement on again after.
     */
    Optional<RebuildGuard> rebuildGuard();

    /**
     * The statements that take and release a lock named {@code name} across processes, held by one connection's
     * session until released or until the session ends (a killed process releases it): PostgreSQL's advisory lock,
     * MariaDB's {@code GET_LOCK}. Empty on SQLite, where {@code BEGIN IMMEDIATE} already lets one writer at a time
     * into the database file. A migration runner holds it while it reads what is pending and applies it.
     *
     * @throws IllegalArgumentException if {@code name} is blank or longer than 48 characters
     */
    Optional<SessionLock> sessionLock(String name);

    /**
     * A lock held by a connection's session; see {@link #sessionLock}.
     *
     * @param acquire a query that waits until the lock is taken (up to 10 minutes on MariaDB) and returns one row:
     *                its first column is {@code 0} when the wait timed out
     * @param release releases the lock
     */
    record SessionLock(String acquire, String release) {
    }

    /**
     * The three statements around a table rebuild; see {@link #rebuildGuard()}.
     *
     * @param beforeTransaction turns foreign-key enforcement off; run before the transaction begins
     * @param foreignKeyCheck   a query that returns one row per broken reference; run before the commit, which must
     *                          not happen when it returns a row
     * @param afterTransaction  turns enforcement back on; run after the commit or rollback
     * @param triggersOf        a query with one parameter, a table's name, that returns the name and the CREATE
     *                          statement of each trigger on that table: a rebuild drops them with the old table,
     *                          so a runner reads them before and creates them again after, in the same
     *                          transaction
     */
    record RebuildGuard(String beforeTransaction, String foreignKeyCheck, String afterTransaction,
                        String triggersOf) {
    }
}
