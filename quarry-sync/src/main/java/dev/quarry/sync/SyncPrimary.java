package dev.quarry.sync;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.query.Table;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.DdlOperations;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The primary side of replication: change capture by triggers into a change log, installed once per table (and
 * again harmlessly), on a PostgreSQL or a SQLite primary.
 *
 * <p>PostgreSQL: statement-level triggers with transition tables log each changed key with the writing transaction's
 * id, and cursors are snapshots (docs/replicas.md, "How a sync stays consistent"). SQLite (a file on the same host):
 * row triggers log each changed key under a sequence advanced in the writing transaction, which is commit order
 * there (one writer). Either way the log holds keys only; a pull reads the rows themselves. {@code quarry_sync_meta}
 * holds the primary's id and generation, {@code quarry_sync_clients} each offline replica's last applied mutation
 * id. On PostgreSQL it needs no extension, no {@code wal_level} change and no superuser: the right to create tables,
 * functions and triggers in the schema.
 */
public final class SyncPrimary {
    /**
     * One row: the primary's id (made once, never changed: a replica refuses a file copied from another primary),
     * its generation, and how far compaction went.
     */
    static final String META = "quarry_sync_meta";
    /** Per replica that pushed offline writes: the last mutation id applied, advanced with the mutation. */
    static final String CLIENTS = "quarry_sync_clients";

    private SyncPrimary() {
    }

    /**
     * Installs change capture on {@code tables} of {@code primary} (its current schema), in one transaction;
     * tables already captured are left as they are.
     *
     * @throws UnsupportedFeatureException if the primary is neither PostgreSQL nor SQLite
     * @throws MisuseException             if a table has no primary key
     */
    public static void install(Quarry primary, List<? extends Table<?>> tables) {
        List<String> statements = statements(primary, tables);
        primary.transactionRun(tx -> tx.withConnection(ConnectionAccess.WRITE, c -> {
            try (Statement st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
            }
            return null;
        }));
    }

    /**
     * What {@link #install} runs, as the text of a migration file for {@code database} ("postgresql" or "sqlite", as
     * the folders of a migrations directory are named): one statement per line, each ending with a semicolon, each
     * safe to run again. Quarry's {@code Migrator} and Flyway run it; {@code quarry sync generate} writes it as the
     * next version of a migrations directory. Needs no database.
     *
     * @throws UnsupportedFeatureException if {@code database} is neither PostgreSQL nor SQLite
     * @throws MisuseException             if a table has no primary key
     */
    public static String installScript(String database, Collection<TableDef> tables) {
        Capture capture = Capture.of(database);
        tables.forEach(SyncPrimary::requireKey);
        DdlOperations ddl = Quarry.ddlOf(database.toLowerCase(java.util.Locale.ROOT));
        return script("change capture on", tables, capture.installStatements(ddl::quote, tables));
    }

    /**
     * The down migration of {@link #installScript}: drops the triggers, functions and change logs of
     * {@code tables}; the primary's id, generation and clients stay (other tables may still be captured). A replica
     * of those tables can no longer sync once it ran.
     *
     * @throws UnsupportedFeatureException if {@code database} is neither PostgreSQL nor SQLite
     */
    public static String uninstallScript(String database, Collection<TableDef> tables) {
        Capture capture = Capture.of(database);
        DdlOperations ddl = Quarry.ddlOf(database.toLowerCase(java.util.Locale.ROOT));
        return script("change capture removed from", tables, capture.uninstallStatements(ddl::quote, tables));
    }

    private static String script(String what, Collection<TableDef> tables, List<String> statements) {
        return "-- Quarry sync: " + what + " " + tables.stream().map(TableDef::name).collect(Collectors.joining(", "))
                + " (docs/replicas.md)\n" + statements.stream().map(sql -> sql + ";\n").collect(Collectors.joining());
    }

    private static List<String> statements(Quarry primary, List<? extends Table<?>> tables) {
        Capture capture = Capture.of(primary);
        List<TableDef> defs = tables.stream().map(Table::def).toList();
        defs.forEach(SyncPrimary::requireKey);
        return capture.installStatements(primary::quote, defs);
    }

    /**
     * Deletes the change log entries of {@code tables} older than {@code retention}. A replica whose cursor is older
     * than the newest entry deleted can no longer tell which rows changed: its next sync copies the tables again
     * (a re-bootstrap, said in {@link SyncResult#rebootstrapped()}). Returns the number of entries deleted.
     */
    public static long compact(Quarry primary, List<? extends Table<?>> tables, Duration retention) {
        Capture capture = Capture.of(primary);
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, was " + retention);
        }
        return capture.compact(primary, tables, retention);
    }

    /**
     * Gives the primary a new generation, after it was restored from a backup (a PostgreSQL logical backup does not
     * carry the transaction counter the cursors count on; an older copy of a SQLite file has an older sequence):
     * every replica copies its tables again at its next sync.
     */
    public static void rotateGeneration(Quarry primary) {
        Capture capture = Capture.of(primary);
        primary.sql("UPDATE " + META + " SET generation = " + capture.randomId()).execute();
    }

    static void requireKey(Table<?> t) {
        requireKey(t.def());
    }

    static void requireKey(TableDef t) {
        if (t.primaryKey().isEmpty()) {
            throw new MisuseException("table " + t.name() + " has no primary key; a replicated table needs one to "
                    + "tell its rows apart");
        }
    }

    /** The key columns, quoted, each prefixed with {@code alias}. */
    static String keyList(Quarry db, Table<?> t, String alias) {
        return keyList(db::quote, t.def(), alias);
    }

    /** The key columns, quoted, each prefixed with {@code alias}. */
    static String keyList(UnaryOperator<String> quote, TableDef t, String alias) {
        return t.primaryKey().stream().map(n -> alias + quote.apply(n)).collect(Collectors.joining(", "));
    }

    /** One {@code ?} per key column. */
    static String placeholders(Table<?> t) {
        return t.primaryKey().stream().map(k -> "?").collect(Collectors.joining(", "));
    }
}
