package dev.quarry.internal.engine;

import static dev.quarry.internal.engine.ItemTable.ITEM;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.error.MisuseException;
import dev.quarry.testing.TestTarget;
import org.junit.jupiter.api.Test;

/** The engine on MariaDB. */
class MariaDbEngineTest extends ServerEngineContract {
    @Override
    TestTarget target() {
        return TestTarget.MARIADB;
    }

    @Override
    String markSql() {
        return "SET @quarry_mark = 'quarry_hook'";
    }

    @Override
    String readMarkSql() {
        return "SELECT @quarry_mark";
    }

    @Test
    void schemaChangesInsideATransactionAreRefusedSinceMariaDbWouldCommitIt() {
        db.transactionRun(tx -> assertThatThrownBy(() -> tx.schema().dropIfExists(ITEM))
                .isInstanceOf(MisuseException.class).hasMessageContaining("commits"));
    }
}
