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
import dev.quarry.internal.dialect.postgres.PostgresErrors;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestTarget;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * PostgreSQL errors provoked through real SQL, translated by SQLSTATE with names from the error's fields.
 * The tables are written in SQL rather than created from table definitions: the errors under test come from named
 * constraints, CHECKs and defaults that a definition does not describe. Each test runs in the class's test kit
 * schema on a connection prepared as Quarry prepares its own.
 */
class PostgresErrorsTest extends ErrorTranslationTest {
    @Override
    protected void createTables() throws SQLException {
        execute(c, "CREATE TABLE parent (id integer PRIMARY KEY)",
                "CREATE TABLE child (id integer PRIMARY KEY,"
                        + " parent_id integer CONSTRAINT child_parent_fk REFERENCES parent (id),"
                        + " email text CONSTRAINT child_email_key UNIQUE, name text NOT NULL DEFAULT 'x',"
                        + " qty integer CONSTRAINT qty_positive CHECK (qty > 0), code varchar(3), small smallint,"
                        + " day date)",
                "CREATE TABLE counter (id integer PRIMARY KEY, n integer)",
                "INSERT INTO parent VALUES (1)", "INSERT INTO counter VALUES (1, 0), (2, 0)",
                "INSERT INTO child (id, parent_id, email, qty) VALUES (1, 1, 'a@x', 1)");
    }

    private QuarryException translated(String sql) {
        return PostgresErrors.translate(error(c, sql), sql);
    }

    private static ConstraintViolationException violation(QuarryException e) {
        return (ConstraintViolationException) e;
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aDuplicateKeyIsAUniqueViolationWithConstraintAndColumn() {
        QuarryException e = translated("INSERT INTO child (id, email) VALUES (2, 'a@x')");
        assertThat(e).isInstanceOf(UniqueViolationException.class)
                .hasMessageStartingWith("A row with the same key already exists (unique constraint child_email_key)")
                .hasMessageContaining("duplicate key");
        assertThat(violation(e).constraint()).isEqualTo("child_email_key");
        assertThat(violation(e).column()).isEqualTo("email");
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aMissingParentIsAForeignKeyViolationWithConstraintAndColumn() {
        QuarryException e = translated("INSERT INTO child (id, parent_id) VALUES (3, 99)");
        assertThat(e).isInstanceOf(ForeignKeyViolationException.class);
        assertThat(violation(e).constraint()).isEqualTo("child_parent_fk");
        assertThat(violation(e).column()).isEqualTo("parent_id");
    }

    @OnDatabases(TestTarget.POSTGRES)
    void deletingAReferencedRowIsAForeignKeyViolation() {
        assertThat(translated("DELETE FROM parent WHERE id = 1")).isInstanceOf(ForeignKeyViolationException.class);
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aNullInANotNullColumnIsANotNullViolationNamingTheColumn() {
        QuarryException e = translated("INSERT INTO child (id, name) VALUES (4, NULL)");
        assertThat(e).isInstanceOf(NotNullViolationException.class).hasMessageContaining("column name");
        assertThat(violation(e).column()).isEqualTo("name");
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aFailedCheckIsACheckViolationNamingTheConstraint() {
        QuarryException e = translated("INSERT INTO child (id, qty) VALUES (5, 0)");
        assertThat(e).isInstanceOf(CheckViolationException.class);
        assertThat(violation(e).constraint()).isEqualTo("qty_positive");
    }

    @OnDatabases(TestTarget.POSTGRES)
    void anErrorInsideABatchIsFoundAndTranslated() throws SQLException {
        String sql = "INSERT INTO child (id, email) VALUES (?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SQLException e = error(() -> {
                for (int i = 10; i < 13; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "dup@x");
                    ps.addBatch();
                }
                ps.executeBatch();
            });
            QuarryException q = PostgresErrors.translate(e, sql);
            assertThat(q).isInstanceOf(UniqueViolationException.class);
            assertThat(violation(q).constraint()).isEqualTo("child_email_key");
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aConcurrentUpdateUnderSerializableIsASerializationFailure() throws SQLException {
        try (Connection a = connect(); Connection b = connect()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            a.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            b.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            execute(a, "SELECT n FROM counter WHERE id = 1");
            execute(b, "SELECT n FROM counter WHERE id = 1");
            execute(a, "UPDATE counter SET n = n + 1 WHERE id = 1");
            a.commit();
            String sql = "UPDATE counter SET n = n + 1 WHERE id = 1";
            QuarryException e = PostgresErrors.translate(error(b, sql), sql);
            b.rollback();
            assertThat(e).isInstanceOf(SerializationFailureException.class)
                    .hasMessageContaining("run the whole transaction again");
            assertThat(e.isRetryable()).isTrue();
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aLockNotObtainedWithinLockTimeoutIsBusy() throws SQLException {
        try (Connection holder = connect(); Connection waiter = connect()) {
            holder.setAutoCommit(false);
            execute(holder, "UPDATE counter SET n = n + 1 WHERE id = 2");
            execute(waiter, "SET lock_timeout = '100ms'");
            String sql = "UPDATE counter SET n = n + 1 WHERE id = 2";
            QuarryException e = PostgresErrors.translate(error(waiter, sql), sql);
            holder.rollback();
            assertThat(e).isInstanceOf(BusyException.class);
            assertThat(e.isRetryable()).isTrue();
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aWriteInAReadOnlyTransactionIsMisuse() throws SQLException {
        try (Connection ro = connect()) {
            ro.setAutoCommit(false);
            execute(ro, "SET TRANSACTION READ ONLY");
            String sql = "INSERT INTO parent VALUES (70)";
            QuarryException e = PostgresErrors.translate(error(ro, sql), sql);
            ro.rollback();
            assertThat(e).isInstanceOf(MisuseException.class)
                    .hasMessageContaining("write was attempted in a read-only transaction")
                    .hasMessageContaining("SQL: INSERT INTO parent");
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void valuesTheServerRefusesAreInvalidValues() throws SQLException {
        assertThat(translated("INSERT INTO child (id, code) VALUES (20, 'abcd')")) // 22001
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("longer than its column allows");
        assertThat(translated("INSERT INTO child (id, small) VALUES (21, 99999)")) // 22003
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("range");
        assertThat(translated("SELECT 'abc'::integer")).isInstanceOf(InvalidValueException.class); // 22P02
        assertThat(translated("SELECT '2020-13-45'::date")).isInstanceOf(InvalidValueException.class); // 22008
        assertThat(translated("SELECT to_date('x', 'YYYY-MM-DD')")).isInstanceOf(InvalidValueException.class);
        String sql = "INSERT INTO child (id, code) VALUES (22, ?)";
        SQLException nul = error(() -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, "a\u0000"); // bypassing the codec, which would refuse it first
                ps.executeUpdate();
            }
        });
        assertThat(PostgresErrors.translate(nul, sql)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("U+0000");
    }

    @OnDatabases(TestTarget.POSTGRES)
    void otherErrorsNameTheSqlState() {
        assertThat(translated("SELEC 1")).isExactlyInstanceOf(QuarryException.class)
                .hasMessageContaining("SQLSTATE 42601");
    }
}
