package dev.quarry.internal.dialect.codec;

import dev.quarry.testing.TestTarget;
import java.sql.SQLException;
import net.jqwik.api.lifecycle.AfterContainer;

/** The round-trip properties on PostgreSQL. */
class PostgresRoundTripTest extends RoundTripProperties {
    private static ValueStore store;

    PostgresRoundTripTest() {
        super(TestTarget.POSTGRES);
    }

    @Override
    ValueStore store() throws SQLException {
        if (store == null) {
            store = ValueStore.open(TestTarget.POSTGRES);
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
        return true;
    }

    @Override
    boolean keepsNulInText() {
        return false;
    }
}
