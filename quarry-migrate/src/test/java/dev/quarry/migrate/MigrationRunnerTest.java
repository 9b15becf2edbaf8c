package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration files generated from schema snapshots, run by {@link Migrator} on each database: rows kept through every
 * step (a SQLite parent rebuilt under its cascading children too), history with checksums, down to a version,
 * irreversible steps refused unless forced, tampered files refused, a baseline, and two runners at once.
 */
class MigrationRunnerTest {
    @TempDir
    Path tmp;

    private static TableDef customer(boolean nullableName, boolean email) {
        return CustomerSchema.customer(nullableName, email);
    }

    private static final TableDef ORDER = CustomerSchema.ORDER;

    private static void reset(Quarry db) {
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
    }

    /** V1 two tables, V2 a column with a default, V3 a nullable name (SQLite: a rebuild of the parent). */
    private static void generateThree(Path dir) {
        MigrationFiles.generate(dir, "create customers", List.of(customer(false, false), ORDER), Renames.none(),
                DataLoss.REFUSE).orElseThrow();
        MigrationFiles.generate(dir, "add email", List.of(customer(false, true), ORDER), Renames.none(),
                DataLoss.REFUSE).orElseThrow();
        MigrationFiles.generate(dir, "Name may be unknown!", List.of(customer(true, true), ORDER), Renames.none(),
                DataLoss.REFUSE).orElseThrow();
    }

    @AllDatabases
    void filesAreGeneratedForEveryDatabaseAndRunInOrderKeepingTheRows(TestDb t) throws Exception {
        Quarry db = t.db();
        reset(db);
        Path dir = tmp;
        MigrationFiles.generate(dir, "create customers", List.of(customer(false, false), ORDER), Renames.none(),
                DataLoss.REFUSE).orElseThrow();
        assertThat(Migrator.of(db, dir).migrate().applied()).containsExactly(1);
        sql(t, "INSERT INTO mr_customer (id, name) VALUES (1, 'Ada'), (2, 'Grace')",
                "INSERT INTO mr_order (id, customer_id) VALUES (10, 1), (11, 2), (12, 2)");

        MigrationFiles.generate(dir, "add email", List.of(customer(false, true), ORDER), Renames.none(),
                DataLoss.REFUSE).orElseThrow();
        MigrationFiles.generate(dir, "Name may be unknown!", List.of(customer(true, true), ORDER), Renames.none(),
                DataLoss.REFUSE).orElseThrow();
        for (String database : MigrationFiles.DATABASES) {
            assertThat(dir.resolve(database).resolve("V3__name_may_be_unknown.sql")).exists();
            assertThat(dir.resolve(database).resolve("U3__name_may_be_unknown.sql")).exists();
        }
        assertThat(dir.resolve("sqlite/V3__name_may_be_unknown.sql.conf")).hasContent("executeInTransaction=false");
        assertThat(dir.resolve("postgresql/V3__name_may_be_unknown.sql.conf")).doesNotExist();
        assertThat(MigrationFiles.generate(dir, "nothing", List.of(customer(true, true), ORDER), Renames.none(),
                DataLoss.REFUSE)).as("no change, no files").isEmpty();

        Migrator.MigrationRun run = Migrator.of(db, dir).migrate();
        assertThat(run.applied()).containsExactly(2, 3);
        assertThat(Migrator.of(db, dir).migrate().applied()).as("a second run").isEmpty();
        RoundTrip.assertReadBackAsDeclared(db, customer(true, true), ORDER);
        assertThat(rows(t, "SELECT id, name, email FROM mr_customer ORDER BY id")).containsExactly("1|Ada|none",
                "2|Grace|none");
        assertThat(rows(t, "SELECT count(*) FROM mr_order")).containsExactly("3");
        assertThat(Migrator.of(db, dir).status()).extracting(Migrator.VersionState::state)
                .containsExactly("applied", "applied", "applied");
        assertThat(rows(t, "SELECT version, name, state, statements_done = statements_total FROM"
                + " quarry_schema_history ORDER BY version")).hasSize(3).allMatch(r -> r.endsWith("|applied|"
                + (t.target() == dev.quarry.testing.TestTarget.POSTGRES ? "true" : "1")));

        assertThat(Migrator.of(db, dir).downTo(1, false).applied()).containsExactly(3, 2);
        RoundTrip.assertReadBackAsDeclared(db, customer(false, false), ORDER);
        assertThat(rows(t, "SELECT count(*) FROM mr_order")).as("children kept going down").containsExactly("3");
        assertThat(Migrator.of(db, dir).status()).extracting(Migrator.VersionState::state)
                .containsExactly("applied", "pending", "pending");
        assertThat(Migrator.of(db, dir).migrate().applied()).containsExactly(2, 3);
        RoundTrip.assertReadBackAsDeclared(db, customer(true, true), ORDER);
    }

    @AllDatabases
    void aChangedFileIsRefusedAndNothingRuns(TestDb t) throws Exception {
        Quarry db = t.db();
        reset(db);
        Path dir = tmp;
        generateThree(dir);
        Migrator.of(db, dir).migrate();
        Path v2 = dir.resolve(db.dialectName()).resolve("V2__add_email.sql");
        Files.writeString(v2, Files.readString(v2) + "-- edited after it ran\n");
        MigrationFiles.generate(dir, "drop email", List.of(customer(true, false), ORDER), Renames.none(),
                DataLoss.ALLOW).orElseThrow();

        assertThatThrownBy(() -> Migrator.of(db, dir).migrate())
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("V2__add_email.sql changed after it was applied")
                .hasMessageContaining("Restore the file");
        RoundTrip.assertReadBackAsDeclared(db, customer(true, true), ORDER);
        assertThat(Migrator.of(db, dir).status()).extracting(Migrator.VersionState::state)
                .containsExactly("applied", "changed", "applied", "pending");
    }

    @AllDatabases
    void goingDownPastADroppedColumnIsRefusedUnlessForced(TestDb t) throws Exception {
        Quarry db = t.db();
        reset(db);
        Path dir = tmp;
        generateThree(dir);
        assertThatThrownBy(() -> MigrationFiles.generate(dir, "drop email", List.of(customer(true, false), ORDER),
                Renames.none(), DataLoss.REFUSE))
                .isInstanceOf(DestructiveChangeException.class)
                .hasMessageContaining("drops column 'mr_customer.email' and its values");
        MigrationFiles.generate(dir, "drop email", List.of(customer(true, false), ORDER), Renames.none(),
                DataLoss.ALLOW).orElseThrow();
        Migrator.of(db, dir).migrate();

        assertThatThrownBy(() -> Migrator.of(db, dir).downTo(3, false))
                .isInstanceOf(MigrationException.class)
                .hasMessageContaining("cannot bring back what it dropped")
                .hasMessageContaining("drops column 'mr_customer.email'");
        RoundTrip.assertReadBackAsDeclared(db, customer(true, false), ORDER);
        assertThat(Migrator.of(db, dir).downTo(3, true).applied()).containsExactly(4);
        RoundTrip.assertReadBackAsDeclared(db, customer(true, true), ORDER);
    }

    @AllDatabases
    void aBaselineMarksWhatTheDatabaseAlreadyHas(TestDb t) throws Exception {
        Quarry db = t.db();
        reset(db);
        Path dir = tmp;
        generateThree(dir);
        LiveMigration.apply(db, List.of(customer(false, true), ORDER), Renames.none(), DataLoss.REFUSE);

        assertThat(Migrator.of(db, dir).baseline(2).applied()).containsExactly(1, 2);
        assertThat(Migrator.of(db, dir).migrate().applied()).containsExactly(3);
        RoundTrip.assertReadBackAsDeclared(db, customer(true, true), ORDER);
        assertThatThrownBy(() -> Migrator.of(db, dir).baseline(3)).isInstanceOf(MigrationException.class)
                .hasMessageContaining("already has a migration history");
    }

    @AllDatabases
    void twoRunnersAtOnceApplyEachMigrationOnce(TestDb t) throws Exception {
        Quarry db = t.db();
        reset(db);
        Path dir = tmp;
        generateThree(dir);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Quarry a = t.open(); Quarry b = t.open()) {
            List<Callable<Migrator.MigrationRun>> runs = List.of(() -> Migrator.of(a, dir).migrate(),
                    () -> Migrator.of(b, dir).migrate());
            List<Integer> applied = new ArrayList<>();
            for (Future<Migrator.MigrationRun> f : pool.invokeAll(runs)) {
                applied.addAll(f.get().applied());
            }
            assertThat(applied).containsExactlyInAnyOrder(1, 2, 3);
        } finally {
            pool.shutdownNow();
        }
        RoundTrip.assertReadBackAsDeclared(db, customer(true, true), ORDER);
        assertThat(rows(t, "SELECT count(*) FROM quarry_schema_history")).containsExactly("3");
    }

    @AllDatabases
    void aHandWrittenFileIsSplitWhereItsDatabaseEndsALiteral(TestDb t) throws Exception {
        Quarry db = t.db();
        reset(db);
        // a quote and a semicolon inside a literal, quoted the way the database reads it: MariaDB escapes with a
        // backslash, the others double the quote
        String literal = db.platform().ddl().backslashEscapes() ? "'it\\'s; fine'" : "'it''s; fine'";
        Path files = tmp.resolve(db.dialectName());
        java.nio.file.Files.createDirectories(files);
        java.nio.file.Files.writeString(files.resolve("V1__notes.sql"), "CREATE TABLE mr_note (id BIGINT NOT NULL"
                + " PRIMARY KEY, body VARCHAR(40));\nINSERT INTO mr_note (id, body) VALUES (1, " + literal + ");\n");

        assertThat(Migrator.of(db, tmp).migrate().applied()).containsExactly(1);
        assertThat(rows(t, "SELECT body FROM mr_note")).containsExactly("it's; fine");
        assertThat(db.platform().ddl().backslashEscapes()).isEqualTo(t.target() == dev.quarry.testing.TestTarget.MARIADB);
    }

    static void sql(TestDb t, String... statements) throws SQLException {
        try (Connection c = t.jdbc(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static List<String> rows(TestDb t, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = t.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(rs.getObject(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
