package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files Quarry generates run unchanged under Flyway itself, on each database: the same four versions as
 * {@link MigrationRunnerTest} (create, add a column with a default, make a column nullable, which SQLite makes by
 * rebuilding a parent table whose children cascade, and drop a column), with rows that must all stay. Flyway reads
 * the {@code .sql.conf} beside a SQLite rebuild and runs that file outside its own transaction, as the rebuild
 * needs; the foreign-key check before the commit is Quarry's runner's own and does not happen under Flyway.
 */
class FlywayInteropTest {
    @TempDir
    Path dir;

    @AllDatabases
    void flywayRunsTheGeneratedFilesAndKeepsTheRows(TestDb t) throws Exception {
        Quarry db = t.db();
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
        MigrationFiles.generate(dir, "create customers", List.of(CustomerSchema.customer(false, false),
                CustomerSchema.ORDER), Renames.none(), DataLoss.REFUSE).orElseThrow();
        MigrationFiles.generate(dir, "add email", List.of(CustomerSchema.customer(false, true),
                CustomerSchema.ORDER), Renames.none(), DataLoss.REFUSE).orElseThrow();
        MigrationFiles.generate(dir, "nullable name", List.of(CustomerSchema.customer(true, true),
                CustomerSchema.ORDER), Renames.none(), DataLoss.REFUSE).orElseThrow();
        MigrationFiles.generate(dir, "drop email", List.of(CustomerSchema.customer(true, false),
                CustomerSchema.ORDER), Renames.none(), DataLoss.ALLOW).orElseThrow();

        assertThat(flyway(t, "1").migrate().migrationsExecuted).isEqualTo(1);
        MigrationRunnerTest.sql(t, "INSERT INTO mr_customer (id, name) VALUES (1, 'Ada'), (2, 'Grace')",
                "INSERT INTO mr_order (id, customer_id) VALUES (10, 1), (11, 2), (12, 2)");
        MigrateResult rest = flyway(t, null).migrate();

        assertThat(rest.migrationsExecuted).isEqualTo(3);
        assertThat(rest.success).isTrue();
        RoundTrip.assertReadBackAsDeclared(db, CustomerSchema.customer(true, false),
                CustomerSchema.ORDER);
        assertThat(MigrationRunnerTest.rows(t, "SELECT id, name FROM mr_customer ORDER BY id"))
                .containsExactly("1|Ada", "2|Grace");
        assertThat(MigrationRunnerTest.rows(t, "SELECT count(*) FROM mr_order"))
                .as("the children of the parent SQLite rebuilt under Flyway").containsExactly("3");
        assertThat(SchemaDiff.between(SchemaIntrospection.snapshot(db),
                List.of(CustomerSchema.customer(true, false), CustomerSchema.ORDER),
                Renames.none(), db.platform().introspector()::normalise).changes())
                .as("only Flyway's own history table differs")
                .allMatch(c -> c.tableName().equals("flyway_schema_history"));
    }

    private Flyway flyway(TestDb t, String target) {
        var config = Flyway.configure()
                .dataSource(t.url(), null, null)
                .locations("filesystem:" + dir.resolve(t.target() == TestTarget.SQLITE ? "sqlite"
                        : t.target() == TestTarget.POSTGRES ? "postgresql" : "mariadb"))
                // Flyway's own undo (U files) is a paid feature; Flyway Community leaves Quarry's down files alone
                // while validateMigrationNaming is off, its default (on, it refuses their names)
                .validateMigrationNaming(false);
        if (t.target() == TestTarget.POSTGRES) {
            config.schemas(t.schemaName());
        }
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }
}
