package dev.quarry.sync;

import dev.quarry.Quarry;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Table;
import dev.quarry.schema.TableDef;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What differs between the kinds of primary a replica can follow: how change capture is installed, what a cursor is
 * and how a pull finds the keys changed since one, how compaction runs, and how a forwarded write is known to be
 * visible. PostgreSQL's cursors are snapshots ({@link PostgresCapture}); a SQLite primary has one writer, so a
 * sequence is commit order there and a cursor is the last sequence seen ({@link SqliteCapture}). Stateless.
 */
interface Capture {

    /**
     * The capture of {@code primary}'s kind.
     *
     * @throws UnsupportedFeatureException for a primary that is neither PostgreSQL nor SQLite
     */
    static Capture of(Quarry primary) {
        return of(primary.dialectName());
    }

    /** The capture of a database named as {@code Quarry.dialectName()} names it ("postgresql", "sqlite"). */
    static Capture of(String database) {
        String name = database.toLowerCase(Locale.ROOT);
        if (name.startsWith("postgres")) {
            return PostgresCapture.INSTANCE;
        }
        if (name.startsWith("sqlite")) {
            return SqliteCapture.INSTANCE;
        }
        throw new UnsupportedFeatureException("a replica's primary must be PostgreSQL or SQLite; this one is "
                + database + " (a MariaDB primary is not built yet: docs/replicas.md)");
    }

    /**
     * The statements that install capture on {@code tables} (and the primary's own tables), each safe to run again:
     * what {@link SyncPrimary#install} runs in one transaction and {@link SyncPrimary#installScript} writes out.
     */
    List<String> installStatements(UnaryOperator<String> quote, Collection<TableDef> tables);

    /**
     * The statements that remove capture from {@code tables} (triggers, functions, change logs), each safe to run
     * again; the primary's own tables stay, since other tables may still be captured.
     */
    List<String> uninstallStatements(UnaryOperator<String> quote, Collection<TableDef> tables);

    /** Whether {@code t} has a change log on the primary. */
    boolean captured(Quarry primary, Table<?> t);

    /** Deletes log entries older than {@code retention}, remembering how far it went; returns how many. */
    long compact(Quarry primary, List<? extends Table<?>> tables, Duration retention);

    /** The first read of a pull, in its snapshot: the snapshot as a cursor, the generation, compaction, the id. */
    Meta meta(QueryFactory tx);

    /** Whether compaction deleted log entries a replica at cursor {@code since} has not seen. */
    boolean behind(Meta meta, String since);

    /** A query of the distinct keys of {@code t} changed after a cursor; its parameters: {@link #changedKeysParams}. */
    String changedKeysSql(Quarry db, Table<?> t);

    /** The parameters of {@link #changedKeysSql} for cursor {@code since}. */
    Object[] changedKeysParams(String since);

    /** In a primary transaction that wrote: a token that a cursor shows once that transaction is visible. */
    String writeToken(QueryFactory tx);

    /** Whether the write of {@code token} is visible at cursor {@code cursor}. */
    boolean visible(String token, String cursor);

    /** Logs key {@code key} of {@code t} as changed, by hand (a pushed write that changed nothing there). */
    void logKey(QueryFactory tx, Quarry db, Table<?> t, Object[] key);

    /** What a select appends to lock the rows it reads for the rest of the transaction. */
    String lockRows();

    /** The SQL for the current time. */
    String now();

    /** The SQL for a new random id (the primary's id, a generation). */
    String randomId();

    /** The primary's id, generation, and cursor-dependent state a pull starts with. */
    record Meta(String snapshot, String generation, String compacted, String primaryId) {
    }
}
