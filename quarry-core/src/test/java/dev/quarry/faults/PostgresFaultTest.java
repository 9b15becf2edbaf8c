package dev.quarry.faults;

import dev.quarry.testing.PrivateServer;

/** Server faults on a private PostgreSQL: sessions ended by {@code pg_terminate_backend}, a crash by immediate stop. */
class PostgresFaultTest extends ServerFaultContract {
    @Override
    PrivateServer startServer() {
        return PrivateServer.postgres();
    }
}
