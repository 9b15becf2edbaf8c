package dev.quarry.internal.dialect.codec;

import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;

/** The round-trip properties on MariaDB. */
@OnDatabase(TestDb.MARIADB)
@AddLifecycleHook(value = SkipUnreachableDatabase.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class MariaDbRoundTripTest extends RoundTripProperties {
    private static Scratch scratch;

    @BeforeContainer
    static void open() {
        if (Scratch.unreachable(TestDb.MARIADB) == null) {
            scratch = Scratch.open(TestDb.MARIADB);
            // One transaction for the class: InnoDB flushes its log on every auto-commit, and this database is
            // dropped afterwards anyway (MariaDB errors do not abort a transaction, unlike PostgreSQL's).
            try {
                scratch.connection().setAutoCommit(false);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    @AfterContainer
    static void close() throws Exception {
        TablesByClass.forget(MariaDbRoundTripTest.class);
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
        return false;
    }

    @Override
    int minYear() {
        return 1000;
    }
}
