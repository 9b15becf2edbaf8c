package dev.quarry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.migrate.DataLoss;
import dev.quarry.migrate.LiveMigration;
import dev.quarry.migrate.Renames;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up}, {@code status}, {@code down}, {@code check} and {@code baseline} on each database, with files
 * generated from a schema the code evolves (rows kept through the rename), and what each says when out of step.
 */
class MigrateCommandsTest {
    @TempDir
    Path dir;

    private Cli cli;
    private String v1;
    private String v2;

    /** The test's schema emptied, and two migrations generated: V1 creates customer, V2 renames and adds. */
    private void twoMigrations(TestDb t) {
        LiveMigration.apply(t.db(), List.of(), Renames.none(), DataLoss.ALLOW);
        cli = Cli.in(dir);
        v1 = ShopSchema.compile(dir, "v1", ShopSchema.V1).toString();
        v2 = ShopSchema.compile(dir, "v2", ShopSchema.V2).toString();
        assertThat(cli.run("migrate", "generate", "--name", "create customers", "-cp", v1).exitCode()).isZero();
        assertThat(cli.run("migrate", "generate", "--name", "purchases", "-cp", v2).exitCode()).isZero();
    }

    @AllDatabases
    void upAppliesEachMigrationOnceKeepingRowsAndStatusSaysSo(TestDb t) {
        twoMigrations(t);

        Cli.Run first = cli.run("migrate", "up", "--url", t.url(), "--dir=migrations");
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("Applied V1, V2 on " + t.db().dialectName() + ".");
        Cli.Run again = cli.run("migrate", "up", "--url", t.url());
        assertThat(again.out()).contains("Nothing to apply");

        Cli.Run status = cli.run("migrate", "status", "--url", t.url());
        assertThat(status.exitCode()).as(status.all()).isZero();
        assertThat(status.out().lines().map(String::strip)).containsExactly(
                "V1    applied   create_customers", "V2    applied   purchases");
        t.db().sql("INSERT INTO customer (id, full_name) VALUES (1, 'Ada')").execute();

        Cli.Run check = cli.run("migrate", "check", "--url", t.url(), "-cp", v2);
        assertThat(check.exitCode()).as(check.all()).isZero();
        assertThat(check.out()).contains("In step: files, code, " + t.db().dialectName() + " database");
    }

    @AllDatabases
    void downUndoesToAVersionAndTheRenamedColumnKeepsItsValues(TestDb t) {
        twoMigrations(t);
        cli.run("migrate", "up", "--url", t.url());
        t.db().sql("INSERT INTO customer (id, full_name, email) VALUES (1, 'Ada', 'ada@example.com')").execute();

        Cli.Run down = cli.run("migrate", "down", "--to", "1", "--url", t.url());

        assertThat(down.exitCode()).as(down.all()).isZero();
        assertThat(down.out()).contains("Undid V2 on ");
        assertThat(t.db().sql("SELECT name FROM customer WHERE id = 1").fetch(r -> r.get(0, DataType.STRING)))
                .containsExactly("Ada");
        assertThat(cli.run("migrate", "status", "--url", t.url()).out()).contains("V2    pending   purchases");
        Cli.Run check = cli.run("migrate", "check", "--url", t.url());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("Out of step: V2 (purchases) is not applied (quarry migrate up)");
    }

    @AllDatabases
    void checkFindsAColumnAddedByHandAndCodeAheadOfTheFiles(TestDb t) {
        twoMigrations(t);
        cli.run("migrate", "up", "--url", t.url());
        t.db().sql("ALTER TABLE customer ADD COLUMN phone VARCHAR(20)").execute();
        String v3 = ShopSchema.compile(dir, "v3", ShopSchema.V3).toString();

        Cli.Run check = cli.run("migrate", "check", "--url", t.url(), "-cp", v3);

        assertThat(check.exitCode()).as(check.all()).isEqualTo(1);
        assertThat(check.out()).contains(
                "Out of step: the code would drop column 'email' of table 'customer'; no migration does yet",
                "Out of step: drift: table 'customer': column 'phone' is not expected",
                "2 found (checked files, code, " + t.db().dialectName() + " database).");
    }

    @AllDatabases
    void aFileChangedAfterItWasAppliedIsRefusedAndReported(TestDb t) throws IOException {
        twoMigrations(t);
        cli.run("migrate", "up", "--url", t.url());
        Path v1File = dir.resolve("migrations/" + t.db().dialectName() + "/V1__create_customers.sql");
        Files.writeString(v1File, Files.readString(v1File) + "-- edited\n");

        Cli.Run check = cli.run("migrate", "check", "--url", t.url());
        Cli.Run up = cli.run("migrate", "up", "--url", t.url());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("Out of step: V1 (create_customers) is changed");
        assertThat(up.exitCode()).as(up.all()).isEqualTo(3);
        assertThat(up.err()).contains("quarry: V1__create_customers.sql changed after it was applied", "nothing ran");
    }

    @AllDatabases
    void aMigrationThatFailsExitsThreeNamingItAndTheStatementAndTheNextRunSaysWhatRemains(TestDb t) throws IOException {
        twoMigrations(t);
        Path v2File = dir.resolve("migrations/" + t.db().dialectName() + "/V2__purchases.sql");
        String text = Files.readString(v2File);
        String failing = "INSERT INTO no_such_table VALUES (1);\n";
        // SQLite's file rebuilds the table inside its own SAVEPOINT ... RELEASE: the statement goes inside it
        String close = "RELEASE quarry_rebuild;\n";
        Files.writeString(v2File, text.contains(close) ? text.replace(close, failing + close) : text + failing);

        Cli.Run up = cli.run("migrate", "up", "--url", t.url());

        assertThat(up.exitCode()).as(up.all()).isEqualTo(3);
        assertThat(up.err()).startsWith("quarry: V2 (purchases)").contains("no_such_table");
        String v2State = t.is(TestTarget.MARIADB) ? "partial" : "pending"; // MariaDB commits each DDL statement
        assertThat(cli.run("migrate", "status", "--url", t.url()).out())
                .contains("V1    applied   create_customers", "V2    " + v2State);
    }

    @AllDatabases
    void baselineRecordsAnExistingSchemaSoUpRunsOnlyWhatIsNewer(TestDb t) {
        twoMigrations(t);
        // a database made before it had migrations: customer as V1 has it
        LiveMigration.apply(t.db(), List.of(dev.quarry.schema.TableDef.builder("customer")
                .column("id", DataType.LONG).column("name", DataType.string(80)).primaryKey("id").build()),
                Renames.none(), DataLoss.ALLOW);

        Cli.Run baseline = cli.run("migrate", "baseline", "--version", "1", "--url", t.url());
        Cli.Run up = cli.run("migrate", "up", "--url", t.url());
        Cli.Run twice = cli.run("migrate", "baseline", "--version", "1", "--url", t.url());

        assertThat(baseline.exitCode()).as(baseline.all()).isZero();
        assertThat(baseline.out()).contains("Recorded V1 as applied on " + t.db().dialectName() + " without running");
        assertThat(up.out()).contains("Applied V2 on ");
        assertThat(twice.exitCode()).isEqualTo(3);
        assertThat(twice.err()).contains("already has a migration history");
    }

    @AllDatabases
    void lintWithAUrlFlagsWhatThePendingMigrationsChangeOnThatDatabase(TestDb t) {
        twoMigrations(t);
        cli.run("migrate", "up", "--url", t.url());
        cli.run("migrate", "down", "--to", "1", "--url", t.url());

        Cli.Run lint = cli.run("migrate", "lint", "--url", t.url(), "-cp", v2);
        Cli.Run withoutCode = cli.run("migrate", "lint", "--url", t.url());

        // V2 renames a column (SQLite rebuilds the table for it), adds a nullable one and creates a table
        if (t.is(TestTarget.SQLITE)) {
            assertThat(lint.exitCode()).as(lint.all()).isEqualTo(1);
            assertThat(lint.out()).contains("Lint sqlite: table-rebuild (customer)", "Lint: 1 found.");
        } else {
            assertThat(lint.exitCode()).as(lint.all()).isZero();
            assertThat(lint.out()).contains("Lint: nothing found.");
        }
        assertThat(withoutCode.exitCode()).isEqualTo(1);
        assertThat(withoutCode.out()).contains("Lint " + t.db().dialectName()
                + ": destructive (customer): drops column 'customer.name'", "Note: without --classpath the code's"
                + " renames are not known");
    }

    @AllDatabases
    void lintWithoutPendingMigrationsFlagsATableMadeByHand(TestDb t) {
        twoMigrations(t);
        cli.run("migrate", "up", "--url", t.url());
        t.db().sql("CREATE TABLE extra (id INT PRIMARY KEY)").execute();

        Cli.Run lint = cli.run("migrate", "lint", "--url", t.url(), "-cp", v2);

        assertThat(lint.exitCode()).as(lint.all()).isEqualTo(1);
        assertThat(lint.out()).contains("Lint " + t.db().dialectName() + ": destructive (extra): drops table 'extra'");
    }
}
