package dev.quarry.internal.dialect.errors;

import static dev.quarry.internal.dialect.errors.Failing.error;
import static dev.quarry.internal.dialect.errors.Failing.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.error.BusyException;
import dev.quarry.error.CheckViolationException;
import dev.quarry.error.ConstraintViolationException;
import dev.quarry.error.ForeignKeyViolationException;
import dev.quarry.error.InvalidValueException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.NotNullViolationException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.SerializationFailureException;
import dev.quarry.error.UniqueViolationException;
import dev.quarry.internal.dialect.mariadb.MariaDbErrors;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * MariaDB errors provoked through real SQL, translated by error number with names read from the messages.
 * The tables are written in SQL rather than created from table definitions: the errors under test come from named
 * constraints, CHECKs and defaults that a definition does not describe. Each test runs in the class's test kit
 * schema on a connection prepared as Quarry prepares its own.
 */
class MariaDbErrorsTest extends ErrorTranslationTest {
    @Override
    protected void createTables() throws SQLException {
        execute(c, "CREATE TABLE parent (id INT PRIMARY KEY) ENGINE=InnoDB",
                "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT, email VARCHAR(100), name VARCHAR(20) NOT NULL,"
                        + " qty INT, code VARCHAR(3), day DATE,"
                        + " CONSTRAINT child_email_key UNIQUE (email),"
                        + " CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id),"
                        + " CONSTRAINT qty_positive CHECK (qty > 0)) ENGINE=InnoDB",
                "CREATE TABLE counter (id INT PRIMARY KEY, n INT) ENGINE=InnoDB",
                "INSERT INTO parent VALUES (1)", "INSERT INTO counter VALUES (1, 0), (2, 0)",
                "INSERT INTO child (id, parent_id, email, name, qty) VALUES (1, 1, 'a@x', 'n', 1)");
    }

    private QuarryException translated(String sql) {
        return MariaDbErrors.translate(error(c, sql), sql);
    }

    private static ConstraintViolationException violation(QuarryException e) {
        return (ConstraintViolationException) e;
    }

    @OnDatabases(TestTarget.MARIADB)
    void aDuplicateKeyIsAUniqueViolationNamingTheKey() {
        QuarryException e = translated("INSERT INTO child (id, email, name) VALUES (2, 'a@x', 'n')");
        assertThat(e).isInstanceOf(UniqueViolationException.class)
                .hasMessageStartingWith("A row with the same key already exists (unique key child_email_key)")
                .hasMessageContaining("Duplicate entry");
        assertThat(violation(e).constraint()).isEqualTo("child_email_key");
    }

    @OnDatabases(TestTarget.MARIADB)
    void aDuplicatePrimaryKeyIsAUniqueViolation() {
        QuarryException e = translated("INSERT INTO child (id, name) VALUES (1, 'n')");
        assertThat(e).isInstanceOf(UniqueViolationException.class);
        assertThat(violation(e).constraint()).isEqualTo("PRIMARY");
    }

    @OnDatabases(TestTarget.MARIADB)
    void aMissingParentIsAForeignKeyViolationWithConstraintAndColumn() {
        QuarryException e = translated("INSERT INTO child (id, parent_id, name) VALUES (3, 99, 'n')");
        assertThat(e).isInstanceOf(ForeignKeyViolationException.class).hasMessageContaining("missing row");
        assertThat(violation(e).constraint()).isEqualTo("child_parent_fk");
        assertThat(violation(e).column()).isEqualTo("parent_id");
    }

    @OnDatabases(TestTarget.MARIADB)
    void deletingAReferencedRowIsAForeignKeyViolation() {
        QuarryException e = translated("DELETE FROM parent WHERE id = 1");
        assertThat(e).isInstanceOf(ForeignKeyViolationException.class).hasMessageContaining("still referred to");
        assertThat(violation(e).constraint()).isEqualTo("child_parent_fk");
    }

    @OnDatabases(TestTarget.MARIADB)
    void aNullOrMissingValueInANotNullColumnIsANotNullViolationNamingTheColumn() {
        QuarryException explicit = translated("INSERT INTO child (id, name) VALUES (4, NULL)"); // 1048
        assertThat(explicit).isInstanceOf(NotNullViolationException.class);
        assertThat(violation(explicit).column()).isEqualTo("name");
        QuarryException missing = translated("INSERT INTO child (id) VALUES (5)"); // 1364
        assertThat(missing).isInstanceOf(NotNullViolationException.class);
        assertThat(violation(missing).column()).isEqualTo("name");
    }

    @OnDatabases(TestTarget.MARIADB)
    void aFailedCheckIsACheckViolationNamingTheConstraint() {
        QuarryException e = translated("INSERT INTO child (id, name, qty) VALUES (6, 'n', 0)");
        assertThat(e).isInstanceOf(CheckViolationException.class);
        assertThat(violation(e).constraint()).isEqualTo("qty_positive");
    }

    @OnDatabases(TestTarget.MARIADB)
    void anErrorInsideABatchIsFoundAndTranslated() throws SQLException {
        String sql = "INSERT INTO child (id, email, name) VALUES (?, ?, 'n')";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SQLException e = error(() -> {
                for (int i = 10; i < 13; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "dup@x");
                    ps.addBatch();
                }
                ps.executeBatch();
            });
            QuarryException q = MariaDbErrors.translate(e, sql);
            assertThat(q).isInstanceOf(UniqueViolationException.class);
            assertThat(violation(q).constraint()).isEqualTo("child_email_key");
        }
        execute(c, "DELETE FROM child WHERE id >= 10");
    }

    @OnDatabases(TestTarget.MARIADB)
    void aDeadlockIsASerializationFailure() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection a = connect(); Connection b = connect()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            execute(a, "UPDATE counter SET n = n + 1 WHERE id = 1");
            execute(b, "UPDATE counter SET n = n + 1 WHERE id = 2");
            Future<SQLException> aWaits = pool.submit(() -> {
                try {
                    execute(a, "UPDATE counter SET n = n + 1 WHERE id = 2");
                    return null;
                } catch (SQLException e) {
                    return e;
                }
            });
            Thread.sleep(200); // let a queue behind b's lock; InnoDB then sees the cycle at once
            SQLException bError = null;
            try {
                execute(b, "UPDATE counter SET n = n + 1 WHERE id = 1");
            } catch (SQLException e) {
                bError = e;
            }
            SQLException aError = aWaits.get(10, TimeUnit.SECONDS);
            SQLException victim = bError != null ? bError : aError;
            a.rollback();
            b.rollback();
            assertThat((Object) victim).as("one of the two is the deadlock victim").isNotNull();
            QuarryException e = MariaDbErrors.translate(victim, "UPDATE counter");
            assertThat(e).isInstanceOf(SerializationFailureException.class).hasMessageContaining("deadlock");
            assertThat(e.isRetryable()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @OnDatabases(TestTarget.MARIADB)
    void aLockWaitTimeoutIsBusy() throws SQLException {
        try (Connection holder = connect(); Connection waiter = connect()) {
            holder.setAutoCommit(false);
            execute(holder, "UPDATE counter SET n = n + 1 WHERE id = 2");
            execute(waiter, "SET SESSION innodb_lock_wait_timeout = 1");
            String sql = "UPDATE counter SET n = n + 1 WHERE id = 2";
            QuarryException e = MariaDbErrors.translate(error(waiter, sql), sql);
            holder.rollback();
            assertThat(e).isInstanceOf(BusyException.class).hasMessageContaining("innodb_lock_wait_timeout");
            assertThat(e.isRetryable()).isTrue();
        }
    }

    @OnDatabases(TestTarget.MARIADB)
    void aWriteInAReadOnlyTransactionIsMisuse() throws SQLException {
        try (Connection ro = connect()) {
            execute(ro, "START TRANSACTION READ ONLY");
            String sql = "INSERT INTO parent VALUES (70)";
            QuarryException e = MariaDbErrors.translate(error(ro, sql), sql);
            execute(ro, "ROLLBACK");
            assertThat(e).isInstanceOf(MisuseException.class)
                    .hasMessageContaining("write was attempted in a read-only transaction");
        }
    }

    @OnDatabases(TestTarget.MARIADB)
    void valuesTheServerRefusesInStrictModeAreInvalidValues() {
        assertThat(translated("INSERT INTO child (id, name, code) VALUES (20, 'n', 'abcd')")) // 1406
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("longer than the column allows");
        assertThat(translated("INSERT INTO child (id, name, qty) VALUES (21, 'n', 99999999999)")) // 1264
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("range");
        assertThat(translated("INSERT INTO child (id, name, qty) VALUES (22, 'n', 'abc')")) // 1366
                .isInstanceOf(InvalidValueException.class);
        assertThat(translated("INSERT INTO child (id, name, day) VALUES (23, 'n', '2020-13-45')")) // 1292
                .isInstanceOf(InvalidValueException.class);
    }

    @OnDatabases(TestTarget.MARIADB)
    void aSignalledErrorIsNotALostConnectionThoughTheDriverCallsItATransientConnectionError() {
        String sql = "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by a trigger'";
        SQLException raw = error(c, sql);
        QuarryException e = MariaDbErrors.translate(raw, sql);
        assertThat((Object) raw).as("the connector's fallback type for an unmapped SQLSTATE class")
                .isInstanceOf(SQLTransientConnectionException.class);
        assertThat(e).isExactlyInstanceOf(QuarryException.class).hasMessageContaining("refused by a trigger");
        assertThat(e.isRetryable()).isFalse();
    }

    @OnDatabases(TestTarget.MARIADB)
    void otherErrorsNameTheErrorNumber() {
        assertThat(translated("SELEC 1")).isExactlyInstanceOf(QuarryException.class).hasMessageContaining("(1064)");
    }
}
