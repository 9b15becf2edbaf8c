package dev.quarry.internal.dialect;

import dev.quarry.schema.Identifiers;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.DdlOperations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dialect's DDL behind an adapter, so what a module holds is the DDL and nothing else of the dialect (it cannot
 * cast it back to {@link Dialect}). Internal; immutable.
 */
public final class DdlView implements DdlOperations {
    private final DdlOperations dialect;

    public DdlView(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public List<String> createTable(TableDef table, boolean ifNotExists) {
        return dialect.createTable(table, ifNotExists);
    }

    @Override
    public String dropTable(TableDef table, boolean ifExists) {
        return dialect.dropTable(table, ifExists);
    }

    @Override
    public String quote(String name) {
        return dialect.quote(Identifiers.check("identifier", name));
    }

    @Override
    public boolean backslashEscapes() {
        return dialect.backslashEscapes();
    }

    @Override
    public List<String> statements(SchemaChange change) {
        return dialect.statements(Objects.requireNonNull(change, "change"));
    }

    @Override
    public Optional<List<String>> onlineStatements(SchemaChange change) {
        return dialect.onlineStatements(Objects.requireNonNull(change, "change"));
    }

    @Override
    public Optional<SessionLock> sessionLock(String name) {
        return dialect.sessionLock(SessionLocks.checkName(name));
    }

    @Override
    public Optional<RebuildGuard> rebuildGuard() {
        return dialect.rebuildGuard();
    }
}
