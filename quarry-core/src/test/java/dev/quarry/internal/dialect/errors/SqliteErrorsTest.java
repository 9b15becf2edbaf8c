package dev.quarry.internal.dialect.errors;

import static dev.quarry.internal.dialect.errors.Failing.error;
import static dev.quarry.internal.dialect.errors.Failing.execute;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.error.BusyException;
import dev.quarry.error.CheckViolationException;
import dev.quarry.error.ConstraintViolationException;
import dev.quarry.error.ForeignKeyViolationException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.NotNullViolationException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.UniqueViolationException;
import dev.quarry.internal.dialect.sqlite.SqliteErrors;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestTarget;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * SQLite errors provoked through real SQL, translated by their extended result codes.
 * The tables are written in SQL rather than created from table definitions: the errors under test come from named
 * constraints, CHECKs and expression indexes that a definition does not describe. Each test runs in the class's
 * test kit schema on a connection prepared as Quarry prepares its own.
 */
class SqliteErrorsTest extends ErrorTranslationTest {
    @Override
    protected void createTables() throws SQLException {
        execute(c, "CREATE TABLE parent (id INTEGER PRIMARY KEY)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id),"
                        + " email TEXT UNIQUE, name TEXT NOT NULL DEFAULT 'x',"
                        + " qty INTEGER CONSTRAINT qty_positive CHECK (qty > 0), a INTEGER, b INTEGER, UNIQUE (a, b))",
                "CREATE TABLE person (email TEXT)",
                "CREATE UNIQUE INDEX person_lower_email ON person (lower(email))",
                "INSERT INTO person VALUES ('a@x')",
                "INSERT INTO parent VALUES (1)",
                "INSERT INTO child (id, parent_id, email, qty, a, b) VALUES (1, 1, 'a@x', 1, 1, 1)");
    }

    private QuarryException translated(String sql) {
        return SqliteErrors.translate(error(c, sql), sql);
    }

    @OnDatabases(TestTarget.SQLITE)
    void aDuplicateUniqueValueIsAUniqueViolationNamingTheColumn() {
        QuarryException e = translated("INSERT INTO child (id, email) VALUES (2, 'a@x')");
        assertThat(e).isInstanceOf(UniqueViolationException.class)
                .hasMessageStartingWith("A row with the same unique key (child.email) already exists")
                .hasMessageContaining("UNIQUE constraint failed: child.email")
                .hasMessageContaining("SQL: INSERT INTO child");
        assertThat(((ConstraintViolationException) e).column()).isEqualTo("email");
        assertThat(e.sql()).startsWith("INSERT INTO child");
    }

    @OnDatabases(TestTarget.SQLITE)
    void aDuplicatePrimaryKeyIsAUniqueViolation() {
        QuarryException e = translated("INSERT INTO child (id) VALUES (1)");
        assertThat(e).isInstanceOf(UniqueViolationException.class).hasMessageContaining("primary key");
        assertThat(((ConstraintViolationException) e).column()).isEqualTo("id");
    }

    @OnDatabases(TestTarget.SQLITE)
    void aCompositeKeyNamesNoSingleColumn() {
        QuarryException e = translated("INSERT INTO child (id, a, b) VALUES (3, 1, 1)");
        assertThat(e).isInstanceOf(UniqueViolationException.class).hasMessageContaining("child.a, child.b");
        assertThat(((ConstraintViolationException) e).column()).isNull();
    }

    @OnDatabases(TestTarget.SQLITE)
    void aUniqueExpressionIndexIsNamedAsTheConstraint() {
        QuarryException e = translated("INSERT INTO person VALUES ('A@X')");
        assertThat(e).isInstanceOf(UniqueViolationException.class);
        assertThat(((ConstraintViolationException) e).constraint()).isEqualTo("person_lower_email");
    }

    @OnDatabases(TestTarget.SQLITE)
    void aMissingParentIsAForeignKeyViolation() {
        assertThat(translated("INSERT INTO child (id, parent_id) VALUES (5, 99)"))
                .isInstanceOf(ForeignKeyViolationException.class).hasMessageContaining("foreign key");
    }

    @OnDatabases(TestTarget.SQLITE)
    void aNullInANotNullColumnIsANotNullViolationNamingTheColumn() {
        QuarryException e = translated("INSERT INTO child (id, name) VALUES (6, NULL)");
        assertThat(e).isInstanceOf(NotNullViolationException.class).hasMessageContaining("child.name");
        assertThat(((ConstraintViolationException) e).column()).isEqualTo("name");
    }

    @OnDatabases(TestTarget.SQLITE)
    void aFailedCheckIsACheckViolationNamingTheConstraint() {
        QuarryException e = translated("INSERT INTO child (id, qty) VALUES (7, 0)");
        assertThat(e).isInstanceOf(CheckViolationException.class);
        assertThat(((ConstraintViolationException) e).constraint()).isEqualTo("qty_positive");
    }

    @OnDatabases(TestTarget.SQLITE)
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
            assertThat(SqliteErrors.translate(e, sql)).isInstanceOf(UniqueViolationException.class);
        }
        execute(c, "DELETE FROM child WHERE id >= 10");
    }

    @OnDatabases(TestTarget.SQLITE)
    void aBatchErrorThatOnlyKeepsTheMessageIsTranslatedFromItsCodePrefix() {
        BatchUpdateException wrapped = new BatchUpdateException(
                "[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed (UNIQUE constraint failed: t.c)", new int[0]);
        QuarryException e = SqliteErrors.translate(wrapped, "INSERT ...");
        assertThat(e).isInstanceOf(UniqueViolationException.class);
        assertThat(((ConstraintViolationException) e).column()).isEqualTo("c");
    }

    @OnDatabases(TestTarget.SQLITE)
    void anotherConnectionHoldingTheWriteLockPastTheBusyTimeoutIsBusy() throws SQLException {
        try (Connection holder = connect(); Connection waiter = connect()) {
            execute(holder, "BEGIN IMMEDIATE", "INSERT INTO parent VALUES (50)");
            execute(waiter, "PRAGMA busy_timeout = 50");
            QuarryException e = SqliteErrors.translate(error(waiter, "INSERT INTO parent VALUES (51)"), "INSERT");
            assertThat(e).isInstanceOf(BusyException.class).hasMessageContaining("busy timeout");
            assertThat(e.isRetryable()).isTrue();
            execute(holder, "ROLLBACK");
        }
    }

    @OnDatabases(TestTarget.SQLITE)
    void aWriteOnAQueryOnlyConnectionIsMisuse() throws SQLException {
        try (Connection readOnly = connect()) {
            execute(readOnly, "PRAGMA query_only = 1");
            QuarryException e = SqliteErrors.translate(error(readOnly, "INSERT INTO parent VALUES (60)"), "INSERT");
            assertThat(e).isInstanceOf(MisuseException.class)
                    .hasMessageContaining("a write was attempted in a read-only transaction or on a read-only database"
                            .substring(2))
                    .hasMessageContaining("SQL: INSERT");
        }
    }

    @OnDatabases(TestTarget.SQLITE)
    void otherErrorsKeepSqlitesMessage() {
        QuarryException e = translated("SELEC 1");
        assertThat(e).isExactlyInstanceOf(QuarryException.class).hasMessageContaining("SQLite reported an error")
                .hasMessageContaining("syntax error");
    }
}
