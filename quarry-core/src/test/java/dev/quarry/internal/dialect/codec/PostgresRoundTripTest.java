package dev.quarry.internal.dialect.codec;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;

/** The round-trip properties on PostgreSQL. */
@OnDatabase(TestDb.POSTGRES)
@AddLifecycleHook(value = SkipUnreachableDatabase.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class PostgresRoundTripTest extends RoundTripProperties {
    private static Scratch scratch;

    @BeforeContainer
    static void open() {
        if (Scratch.unreachable(TestDb.POSTGRES) == null) {
            scratch = Scratch.open(TestDb.POSTGRES);
        }
    }

    @AfterContainer
    static void close() throws Exception {
        TablesByClass.forget(PostgresRoundTripTest.class);
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
        return true;
    }

    @Override
    boolean keepsNulInText() {
        return false;
    }
}
