package dev.quarry.faults;

import dev.quarry.testing.PrivateServer;

/** Server faults on a private MariaDB: sessions ended by {@code KILL CONNECTION}, a crash by SIGKILL. */
class MariaDbFaultTest extends ServerFaultContract {
    @Override
    PrivateServer startServer() {
        return PrivateServer.mariadb();
    }
}
