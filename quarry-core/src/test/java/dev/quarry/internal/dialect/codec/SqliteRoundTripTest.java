package dev.quarry.internal.dialect.codec;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;

/** The round-trip properties on SQLite. */
@OnDatabase(TestDb.SQLITE)
@AddLifecycleHook(value = SkipUnreachableDatabase.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class SqliteRoundTripTest extends RoundTripProperties {
    private static Scratch scratch;

    @BeforeContainer
    static void open() {
        if (Scratch.unreachable(TestDb.SQLITE) == null) {
            scratch = Scratch.open(TestDb.SQLITE);
        }
    }

    @AfterContainer
    static void close() throws Exception {
        TablesByClass.forget(SqliteRoundTripTest.class);
        if (scratch != null) {
            scratch.close();
        }
    }

    @Override
    Scratch scratch() {
        return scratch;
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
