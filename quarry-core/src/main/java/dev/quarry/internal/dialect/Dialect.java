package dev.quarry.internal.dialect;

import dev.quarry.internal.dialect.render.BulkInsert;
import dev.quarry.internal.dialect.render.RenderShape;
import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.error.QuarryException;
import dev.quarry.spi.Capabilities;
import dev.quarry.spi.DdlOperations;
import dev.quarry.spi.Introspector;
import dev.quarry.query.Query;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Everything one database does its own way, as one small bundle (STYLE.md 1): rendering of queries and DDL, type
 * codecs, quoting, capabilities and error translation. Code outside this package asks {@link #capabilities()}
 * what a database can do; it never asks which database it is.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Dialect extends DdlOperations {

    /** A name for logs and messages ("sqlite", "postgresql", "mariadb"). */
    String name();

    /** What this database (at the connected server's version) can do. */
    Capabilities capabilities();

    /** Renders a statement to SQL text and its ordered parameters. */
    Rendered render(Query query);

    /**
     * The shape of a query built per call and its parameter values, for the engine's plan cache, or null when
     * {@code query} is not planned that way (see {@link dev.quarry.internal.dialect.render.SqlRenderer#shape}). Two
     * queries of equal shape render to the same text with parameters of the same types; by default nothing is.
     */
    default RenderShape shape(Query query) {
        return null;
    }

    /**
     * The bulk form of an insert of many rows (chunks within the parameter limit, or a JDBC batch), or null when
     * {@code query} runs as one plain statement.
     */
    BulkInsert bulkInsert(Query query);

    /** How this database's schema is read. */
    Introspector introspector();

    /**
     * Where watched queries learn of the writes this handle's statements do not report (other connections and
     * processes, triggers), made when the first watch begins; {@code pollInterval} paces the sources that poll.
     */
    default ChangeSource changeSource(dev.quarry.Database db, dev.quarry.spi.Platform platform,
                                      java.time.Duration pollInterval) {
        return ChangeSource.NONE;
    }

    /** The codecs that bind and read each portable type. */
    TypeCodecs codecs();

    /** Translates a driver error into Quarry's typed exceptions. */
    QuarryException translate(SQLException e, String sql);

    /** Whether {@code e} says the connection or transaction refused a write because it is read-only. */
    boolean isReadOnlyViolation(SQLException e);

    /** How transactions begin and end on this database, whoever gives the connections. */
    TransactionControl transactions();

    /**
     * Readies a new physical connection before its first use, after the user's connection hooks: whatever makes
     * the DSL mean the same on this database as on the others (SQLite: case-sensitive LIKE and Unicode
     * {@code lower}/{@code upper}; MariaDB: strict mode). The engine calls it once per connection it opens or first
     * sees, without knowing which database it is.
     */
    void prepareConnection(Connection connection) throws SQLException;

    /**
     * Loads the loadable extension in {@code file} into {@code connection} (a shared library; SQLite adds the
     * platform's suffix if missing). Databases without per-connection extensions refuse with an
     * {@link dev.quarry.error.UnsupportedFeatureException}.
     */
    void loadExtension(Connection connection, String file) throws SQLException;

    /**
     * Whether the driver bounds a read by rewriting the statement when given {@code setMaxRows}, so a bounded read
     * (fetchOne, fetchOptional: at most 2 rows) should ask for the rows a few at a time with {@code setFetchSize}
     * instead. False: {@code setMaxRows} costs nothing (pgjdbc sends the limit in its Execute message, sqlite-jdbc
     * stops stepping).
     */
    default boolean maxRowsRewritesStatement() {
        return false;
    }

    /**
     * Whether {@code insertInto(t).batch(rows)} should run as the multi-row statements of {@code values(rows)}
     * instead of a JDBC batch of one-row statements, because this driver takes many rows per statement faster and
     * the outcome (rows written, atomicity, the typed error of a refused row) is the same. True where measured so:
     * sqlite-jdbc runs a batch row by row, one JNI step and reset each (docs/BENCHMARKS.md, narrow-row insert).
     */
    default boolean batchAsMultiRow() {
        return false;
    }

    /**
     * Whether {@code insertInto(t).values(rows)} (no RETURNING, no ON CONFLICT, values only) should run as a JDBC
     * batch of the one-row statement instead of multi-row statements, because this driver takes the batch faster.
     * The rows written, the atomicity and the typed errors are the same. An upsert keeps its multi-row form: there a
     * key given twice in one statement is an error on PostgreSQL, and a batch would apply both instead.
     */
    default boolean multiRowAsBatch() {
        return false;
    }
}
