package dev.quarry.studio;

import dev.quarry.Quarry;
import dev.quarry.examples.chinook.ChinookLoader;
import dev.quarry.testing.Availability;
import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.TestTarget;

/**
 * Chinook in a scope of its own on one database (a temporary SQLite file, a PostgreSQL schema, a MariaDB database),
 * for one test class: loaded once, dropped by {@link #close()}. Fails instead of skipping a server that is down when
 * {@code QUARRY_REQUIRE_ALL_DBS=1} (see docs/testing.md).
 */
final class ChinookDatabase implements AutoCloseable {
    private final DatabaseScope scope;

    private ChinookDatabase(DatabaseScope scope) {
        this.scope = scope;
    }

    static ChinookDatabase open(TestTarget target) {
        Availability.require(target);
        DatabaseScope scope = DatabaseScope.create(target);
        try {
            new ChinookLoader(scope.db()).loadIfAbsent();
            return new ChinookDatabase(scope);
        } catch (RuntimeException e) {
            try {
                scope.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    Quarry db() {
        return scope.db();
    }

    DatabaseScope scope() {
        return scope;
    }

    TestTarget target() {
        return scope.target();
    }

    @Override
    public void close() throws Exception {
        scope.close();
    }
}
