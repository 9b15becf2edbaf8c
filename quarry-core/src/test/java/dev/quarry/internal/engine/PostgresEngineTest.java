package dev.quarry.internal.engine;

import dev.quarry.testing.TestTarget;

/** The engine on PostgreSQL. */
class PostgresEngineTest extends ServerEngineContract {
    @Override
    TestTarget target() {
        return TestTarget.POSTGRES;
    }

    @Override
    String markSql() {
        return "SET application_name = 'quarry_hook'";
    }

    @Override
    String readMarkSql() {
        return "SELECT current_setting('application_name')";
    }
}
