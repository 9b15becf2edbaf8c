package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DdlMode#ONLINE}: on PostgreSQL the index is built concurrently, the foreign key and the check are added
 * NOT VALID and validated, NOT NULL is set after a validated check, and the file runs statement by statement; the
 * linter finds no lock left. SQLite and MariaDB have no such forms: their files are as in the plain mode. On every
 * database the result reads back as declared with every row kept.
 */
class OnlineMigrationTest {
    @TempDir
    Path dir;

    private static TableDef payment(boolean after) {
        TableDef.Builder b = TableDef.builder("on_payment").column("id", DataType.LONG);
        if (after) {
            b.column("memo", DataType.string(40)).nullableColumn("account_id", DataType.LONG)
                    .index("on_payment_memo_idx", "memo")
                    .foreignKey("on_payment_account_fk", List.of("account_id"), "on_account", List.of("id"),
                            ReferentialAction.RESTRICT)
                    .check("on_payment_id_positive", "id > 0");
        } else {
            b.nullableColumn("memo", DataType.string(40)).nullableColumn("account_id", DataType.LONG);
        }
        return b.primaryKey("id").build();
    }

    private static final TableDef ACCOUNT = TableDef.builder("on_account").column("id", DataType.LONG)
            .primaryKey("id").build();

    @AllDatabases
    void onlineFormsWhereTheDatabaseHasThem(TestDb t) throws Exception {
        Quarry db = t.db();
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
        MigrationFiles.generate(dir, "payments", List.of(ACCOUNT, payment(false)), Renames.none(), DataLoss.REFUSE);
        Migrator.of(db, dir).migrate();
        MigrationRunnerTest.sql(t, "INSERT INTO on_account (id) VALUES (1), (2)",
                "INSERT INTO on_payment (id, memo, account_id) VALUES (1, 'a', 1), (2, 'b', NULL), (3, 'c', 2)");

        MigrationFiles.generate(dir, "constrain payments", List.of(ACCOUNT, payment(true)), Renames.none(),
                DataLoss.ALLOW, DdlMode.ONLINE).orElseThrow();
        String file = Files.readString(dir.resolve(db.dialectName()).resolve("V2__constrain_payments.sql"));
        SchemaDiff diff = SchemaDiff.between(SchemaSnapshot.of(List.of(ACCOUNT, payment(false))),
                List.of(ACCOUNT, payment(true)), Renames.none());
        List<String> lockRules = MigrationLinter.lint(MigrationScript.render(diff, db.platform().ddl(), DdlMode.ONLINE),
                diff, db.dialectName()).stream().map(MigrationLinter.Finding::rule)
                .filter(r -> !r.equals("destructive")).toList();
        if (t.target() == TestTarget.POSTGRES) {
            assertThat(file).contains("-- quarry:no-transaction", "CREATE INDEX CONCURRENTLY", "NOT VALID",
                    "VALIDATE CONSTRAINT", "IS NOT NULL) NOT VALID");
            assertThat(lockRules).as("nothing left that blocks writers").isEmpty();
        } else {
            assertThat(file).doesNotContain("quarry:no-transaction", "CONCURRENTLY");
        }

        // CREATE INDEX CONCURRENTLY waits for every transaction of the database that was open when it began, under
        // lock_timeout (Quarry's busyTimeout): an online migration is run with room for that wait
        Migrator.MigrationRun run;
        try (Quarry patient = t.open(dev.quarry.QuarrySettings.builder()
                .busyTimeout(java.time.Duration.ofSeconds(120)).build())) {
            run = Migrator.of(patient, dir).migrate();
        }
        assertThat(run.applied()).containsExactly(2);
        RoundTrip.assertReadBackAsDeclared(db, ACCOUNT, payment(true));
        assertThat(MigrationRunnerTest.rows(t, "SELECT id, memo, account_id FROM on_payment ORDER BY id"))
                .containsExactly("1|a|1", "2|b|null", "3|c|2");
        assertThat(Migrator.of(db, dir).status()).extracting(Migrator.VersionState::state)
                .containsExactly("applied", "applied");
    }
}
