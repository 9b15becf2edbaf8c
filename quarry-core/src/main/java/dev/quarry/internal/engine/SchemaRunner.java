package dev.quarry.internal.engine;

import dev.quarry.SchemaOperations;
import dev.quarry.error.MisuseException;
import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyOrder;
import dev.quarry.schema.SchemaNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Creates and drops tables from their definitions through the dialect's DDL: parents first on create, children
 * first on drop. Where DDL is transactional (PostgreSQL, SQLite) all statements run in one transaction, so a
 * failure leaves nothing half-made; elsewhere (MariaDB commits at each DDL statement,
 * https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/) they run one by one, and calling this
 * inside a transaction is refused rather than let it commit the transaction silently. Thread-safe when its route is.
 */
final class SchemaRunner implements SchemaOperations {
    private final Route route;

    SchemaRunner(Route route) {
        this.route = route;
    }

    @Override
    public void create(Table<?>... tables) {
        create(tables, false);
    }

    @Override
    public void createIfNotExists(Table<?>... tables) {
        create(tables, true);
    }

    /**
     * Tables whose declarations clash (a name used twice, a default that does not parse as its column's type) are a
     * {@link MisuseException} before any DDL runs: the schema model and the DDL renderers check their arguments
     * with IllegalArgumentException, which this turns into the QuarryException every database operation throws.
     */
    private void create(Table<?>[] tables, boolean ifNotExists) {
        List<String> ddl = new ArrayList<>();
        try {
            SchemaNames.requireUnique(Arrays.stream(tables).map(Table::def).distinct().toList());
            for (Table<?> t : ordered(tables, false)) {
                ddl.addAll(route.context().dialect().createTable(t.def(), ifNotExists));
            }
        } catch (IllegalArgumentException e) {
            throw new MisuseException(e.getMessage(), e);
        }
        apply(ddl);
    }

    @Override
    public void drop(Table<?>... tables) {
        drop(tables, false);
    }

    @Override
    public void dropIfExists(Table<?>... tables) {
        drop(tables, true);
    }

    private void drop(Table<?>[] tables, boolean ifExists) {
        List<String> ddl = new ArrayList<>();
        for (Table<?> t : ordered(tables, true)) {
            ddl.add(route.context().dialect().dropTable(t.def(), ifExists));
        }
        apply(ddl);
    }

    /** Parents first (children first to drop); a cycle of foreign keys has no order to create the tables in. */
    private static List<Table<?>> ordered(Table<?>[] tables, boolean childrenFirst) {
        try {
            return childrenFirst ? ForeignKeyOrder.childrenFirst(Arrays.asList(tables), Table::def)
                    : ForeignKeyOrder.parentsFirst(Arrays.asList(tables), Table::def);
        } catch (IllegalArgumentException e) {
            throw new MisuseException(e.getMessage() + "; create such tables with a migration that adds a"
                    + " foreign key afterwards", e);
        }
    }

    private void apply(List<String> ddl) {
        if (ddl.isEmpty()) {
            return;
        }
        if (route.context().dialect().capabilities().transactionalDdl()) {
            route.run(Access.WRITE, false, true, s -> {
                ddl.forEach(sql -> s.run(sql, false));
                return null;
            });
            return;
        }
        if (route.inTransaction()) {
            throw new MisuseException(route.context().dialect().name() + " commits the open transaction at each DDL "
                    + "statement; run schema operations outside a transaction");
        }
        for (String sql : ddl) {
            route.run(Access.WRITE, false, false, s -> {
                s.run(sql, false);
                return null;
            });
        }
    }
}
