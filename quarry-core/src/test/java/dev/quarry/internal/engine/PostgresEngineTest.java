package dev.quarry.internal.engine;

/** The engine on PostgreSQL. */
class PostgresEngineTest extends ServerEngineContract {
    @Override
    ServerDb createServer() {
        return ServerDb.postgres("q_engine_pg");
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
