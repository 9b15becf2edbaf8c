package dev.quarry.internal.engine;

import dev.quarry.error.QuarryException;
import dev.quarry.spi.Capabilities;
import dev.quarry.spi.Introspector;
import dev.quarry.internal.dialect.Dialect;
import dev.quarry.internal.dialect.detect.Dialects;
import dev.quarry.internal.dialect.render.BulkInsert;
import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.internal.dialect.TransactionControl;
import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.query.Query;
import dev.quarry.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The real dialect of a connection with a lower parameter limit, so tests reach the chunking path cheaply. */
final class LimitedDialect implements Dialect {
    private final Dialect real;
    private final Capabilities capabilities;

    private LimitedDialect(Dialect real, int maxParameters) {
        this.real = real;
        this.capabilities = real.capabilities().toBuilder().maxParameters(maxParameters).build();
    }

    static DialectResolver resolver(int maxParameters) {
        return c -> new LimitedDialect(Dialects.forConnection(c), maxParameters);
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public Capabilities capabilities() {
        return capabilities;
    }

    @Override
    public Rendered render(Query query) {
        return real.render(query);
    }

    @Override
    public BulkInsert bulkInsert(Query query) {
        return BulkInsert.of(query, capabilities.maxParameters(), real::render);
    }

    @Override
    public List<String> createTable(TableDef table, boolean ifNotExists) {
        return real.createTable(table, ifNotExists);
    }

    @Override
    public String dropTable(TableDef table, boolean ifExists) {
        return real.dropTable(table, ifExists);
    }

    @Override
    public String quote(String name) {
        return real.quote(name);
    }

    @Override
    public boolean backslashEscapes() {
        return real.backslashEscapes();
    }

    @Override
    public List<String> statements(dev.quarry.schema.SchemaChange change) {
        return real.statements(change);
    }

    @Override
    public java.util.Optional<List<String>> onlineStatements(dev.quarry.schema.SchemaChange change) {
        return real.onlineStatements(change);
    }

    @Override
    public java.util.Optional<SessionLock> sessionLock(String name) {
        return real.sessionLock(name);
    }

    @Override
    public java.util.Optional<RebuildGuard> rebuildGuard() {
        return real.rebuildGuard();
    }

    @Override
    public TypeCodecs codecs() {
        return real.codecs();
    }

    @Override
    public QuarryException translate(SQLException e, String sql) {
        return real.translate(e, sql);
    }

    @Override
    public boolean isReadOnlyViolation(SQLException e) {
        return real.isReadOnlyViolation(e);
    }

    @Override
    public Introspector introspector() {
        return real.introspector();
    }

    @Override
    public TransactionControl transactions() {
        return real.transactions();
    }

    @Override
    public void prepareConnection(Connection connection) throws SQLException {
        real.prepareConnection(connection);
    }

    @Override
    public void loadExtension(Connection connection, String file) throws SQLException {
        real.loadExtension(connection, file);
    }
}
