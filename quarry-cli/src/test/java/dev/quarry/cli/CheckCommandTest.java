package dev.quarry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code quarry migrate check} without a database: the files among themselves, and the code against schema.json. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private Cli cli;
    private String v1;

    @BeforeEach
    void oneMigration() {
        cli = Cli.in(dir);
        v1 = ShopSchema.compile(dir, "v1", ShopSchema.V1).toString();
        assertThat(cli.run("migrate", "generate", "--name", "create customers", "-cp", v1).exitCode()).isZero();
    }

    @Test
    void theCodeAndTheFilesInStepExitZero() {
        Cli.Run run = cli.run("migrate", "check", "-cp", v1);

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).isEqualTo("In step: files, code and migrations/schema.json\n");
    }

    @Test
    void codeAheadOfTheFilesExitsOneNamingEachChange() {
        String v2 = ShopSchema.compile(dir, "v2", ShopSchema.V2).toString();

        Cli.Run run = cli.run("migrate", "check", "-cp", v2);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains(
                "Out of step: the code would rename column 'name' of table 'customer' to 'full_name'",
                "Out of step: the code would create table 'purchase'", "3 found (checked files, code).");
    }

    @Test
    void aDatabaseFolderMissingAVersionOrADownFileExitsOne() throws IOException {
        Files.delete(dir.resolve("migrations/mariadb/V1__create_customers.sql"));
        Files.delete(dir.resolve("migrations/mariadb/U1__create_customers.sql"));
        Files.delete(dir.resolve("migrations/postgresql/U1__create_customers.sql"));

        Cli.Run run = cli.run("migrate", "check");

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains(
                "Out of step: migrations/postgresql/V1__create_customers.sql has no down file",
                "Out of step: migrations/mariadb holds versions [], migrations/sqlite holds [1]");
    }

    @Test
    void aRenameTheSnapshotCannotHaveIsReportedNotThrown() {
        String v3 = ShopSchema.compile(dir, "v3", java.util.Map.of("shop.Customer", """
                package shop;

                import dev.quarry.annotation.*;

                @Table("client")
                @RenamedFrom("customers")
                public record Customer(@Id long id, @Column(length = 80) String name) {
                }
                """)).toString();

        Cli.Run run = cli.run("migrate", "check", "-cp", v3);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
        assertThat(run.out()).contains("Out of step: the code's renames do not fit schema.json: table 'client' is said"
                + " to be renamed from 'customers', which the current schema does not have");
    }
}
