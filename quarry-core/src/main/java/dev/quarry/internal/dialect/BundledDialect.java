package dev.quarry.internal.dialect;

import dev.quarry.internal.dialect.render.BulkInsert;
import dev.quarry.internal.dialect.render.RenderShape;
import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.error.QuarryException;
import dev.quarry.spi.Capabilities;
import dev.quarry.internal.dialect.render.DdlRenderer;
import dev.quarry.internal.dialect.render.Quoting;
import dev.quarry.internal.dialect.render.SqlRenderer;
import dev.quarry.query.Query;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDef;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link Dialect} assembled from its parts: it hands each call to the renderer, DDL renderer, quoting, codec
 * table or error translator it was built with, so a bundled database's class keeps only what is its own (its
 * capabilities by version, its connection preparation, its extension loading). Immutable and thread-safe if the
 * parts are.
 */
public abstract class BundledDialect implements Dialect {

    /** Turns a driver error into Quarry's typed exception, e.g. {@code SqliteErrors::translate}. */
    @FunctionalInterface
    public interface ErrorTranslator {
        QuarryException translate(SQLException e, String sql);
    }

    private final String name;
    private final String label;
    private final Capabilities capabilities;
    private final SqlRenderer renderer;
    private final DdlRenderer ddl;
    private final Quoting quoting;
    private final Supplier<TypeCodecs> codecFactory;
    private final ErrorTranslator errors;
    private final Function<Query, Rendered> renderFunction = this::render;
    private volatile TypeCodecs codecs;

    /**
     * @param name         the name for logs and messages, see {@link #name()}
     * @param label        the database and version, e.g. "SQLite 3.45.1", as {@link #toString()} shows it
     * @param capabilities what this database at this version can do
     * @param renderer     its query renderer
     * @param ddl          its DDL renderer
     * @param quoting      how it quotes identifiers
     * @param codecFactory builds its codec table, on first use
     * @param errors       its translation of driver errors
     */
    protected BundledDialect(String name, String label, Capabilities capabilities, SqlRenderer renderer,
            DdlRenderer ddl, Quoting quoting, Supplier<TypeCodecs> codecFactory, ErrorTranslator errors) {
        this.name = name;
        this.label = label;
        this.capabilities = capabilities;
        this.renderer = renderer;
        this.ddl = ddl;
        this.quoting = quoting;
        this.codecFactory = codecFactory;
        this.errors = errors;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public final Rendered render(Query query) {
        return renderer.render(query);
    }

    @Override
    public final RenderShape shape(Query query) {
        return renderer.shape(query);
    }

    @Override
    public final BulkInsert bulkInsert(Query query) {
        return BulkInsert.of(query, capabilities.maxParameters(), renderFunction);
    }

    @Override
    public final List<String> createTable(TableDef table, boolean ifNotExists) {
        return ddl.createTable(table, ifNotExists);
    }

    @Override
    public final String dropTable(TableDef table, boolean ifExists) {
        return ddl.dropTable(table, ifExists);
    }

    @Override
    public final String quote(String name) {
        return quoting.quote(name);
    }

    @Override
    public final boolean backslashEscapes() {
        return ddl.backslashEscapes();
    }

    @Override
    public final List<String> statements(SchemaChange change) {
        return ddl.statements(change);
    }

    @Override
    public final Optional<List<String>> onlineStatements(SchemaChange change) {
        return ddl.onlineStatements(change);
    }

    /** None by default: SQLite's writers take turns by the file's lock; the servers override. */
    @Override
    public Optional<SessionLock> sessionLock(String name) {
        return Optional.empty();
    }

    /** None by default: the server databases alter in place; SQLite overrides. */
    @Override
    public Optional<RebuildGuard> rebuildGuard() {
        return Optional.empty();
    }

    /** Built on first use (racy single check: building twice yields equal tables). */
    @Override
    public final TypeCodecs codecs() {
        TypeCodecs c = codecs;
        if (c == null) {
            c = codecFactory.get();
            codecs = c;
        }
        return c;
    }

    @Override
    public final QuarryException translate(SQLException e, String sql) {
        return errors.translate(e, sql);
    }

    @Override
    public final String toString() {
        return label;
    }
}
