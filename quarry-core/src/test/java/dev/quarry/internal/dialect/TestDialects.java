package dev.quarry.internal.dialect;

import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.internal.dialect.mariadb.MariaDbDialect;
import dev.quarry.internal.dialect.postgres.PostgresDialect;
import dev.quarry.internal.dialect.sqlite.SqliteDialect;
import dev.quarry.query.Executor;
import dev.quarry.query.Expression;
import dev.quarry.query.Param;
import dev.quarry.query.QueryFactory;
import java.util.ArrayList;
import java.util.List;

/** The dialects at the versions the project's machines run, and a query factory that builds without running. */
final class TestDialects {
    static final Dialect SQLITE = new SqliteDialect(new int[]{3, 45, 1});
    static final Dialect POSTGRES = new PostgresDialect(new int[]{15, 6, 0});
    static final Dialect MARIADB = new MariaDbDialect(new int[]{10, 11, 6});

    /** Builds statements detached from any database; running one is a MisuseException. */
    static final QueryFactory DB = new QueryFactory() {
        @Override
        public Executor executor() {
            return null;
        }
    };

    /** The values of a rendering's parameters, in order; a placeholder stands as itself. */
    static List<Object> values(Rendered r) {
        List<Object> values = new ArrayList<>();
        for (Expression<?> p : r.params()) {
            values.add(p instanceof Param<?> v ? v.value() : p);
        }
        return values;
    }

    private TestDialects() {
    }
}
