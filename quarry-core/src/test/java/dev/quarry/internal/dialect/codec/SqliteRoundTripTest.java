package dev.quarry.internal.dialect.codec;

import dev.quarry.testing.TestTarget;
import java.sql.SQLException;
import net.jqwik.api.lifecycle.AfterContainer;

/** The round-trip properties on SQLite. */
class SqliteRoundTripTest extends RoundTripProperties {
    private static ValueStore store;

    SqliteRoundTripTest() {
        super(TestTarget.SQLITE);
    }

    @Override
    ValueStore store() throws SQLException {
        if (store == null) {
            store = ValueStore.open(TestTarget.SQLITE);
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
        return Double.isInfinite(special); // NaN is stored as NULL, -0.0 read back as 0.0
    }

    @Override
    boolean exactDecimals() {
        return false; // NUMERIC affinity: REAL keeps 15 significant digits
    }
}
