package dev.quarry.internal.dialect.codec;

import dev.quarry.testing.TestTarget;
import java.sql.SQLException;
import net.jqwik.api.lifecycle.AfterContainer;

/** The round-trip properties on MariaDB. */
class MariaDbRoundTripTest extends RoundTripProperties {
    private static ValueStore store;

    MariaDbRoundTripTest() {
        super(TestTarget.MARIADB);
    }

    @Override
    ValueStore store() throws SQLException {
        if (store == null) {
            store = ValueStore.open(TestTarget.MARIADB);
            // One transaction for the class: InnoDB flushes its log on every auto-commit, and this database is
            // dropped afterwards anyway (MariaDB errors do not abort a transaction, unlike PostgreSQL's). The store
            // commits before Quarry creates each value table, as the old CREATE TABLE on this connection did.
            store.connection().setAutoCommit(false);
        }
        return store;
    }

    @AfterContainer
    static void close() throws Exception {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    @Override
    boolean keeps(double special) {
        return false;
    }

    @Override
    int minYear() {
        return 1000;
    }
}
