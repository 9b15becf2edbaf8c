package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes migrate one database at the same moment (two child JVMs started together): each migration is applied
 * once, both exit cleanly, and what each says it applied adds up to every version.
 */
class TwoProcessMigrationTest {
    @TempDir
    Path dir;

    @AllDatabases
    void twoProcessesApplyEachMigrationOnce(TestDb t) throws Exception {
        Quarry db = t.db();
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
        MigrationFiles.generate(dir, "create customers", List.of(CustomerSchema.customer(false, false),
                CustomerSchema.ORDER), Renames.none(), DataLoss.REFUSE).orElseThrow();
        MigrationFiles.generate(dir, "add email", List.of(CustomerSchema.customer(false, true), CustomerSchema.ORDER),
                Renames.none(), DataLoss.REFUSE).orElseThrow();
        MigrationFiles.generate(dir, "nullable name", List.of(CustomerSchema.customer(true, true),
                CustomerSchema.ORDER), Renames.none(), DataLoss.REFUSE).orElseThrow();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            children.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    MigrateMain.class.getName(), t.url(), dir.toString())
                    .redirectError(dir.resolve("child" + i + ".err").toFile())
                    .redirectOutput(dir.resolve("child" + i + ".out").toFile()).start());
        }
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Process p = children.get(i);
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child %d finished", i).isTrue();
            assertThat(p.exitValue()).as("child %d: %s", i, Files.readString(dir.resolve("child" + i + ".err")))
                    .isZero();
            Files.readAllLines(dir.resolve("child" + i + ".out")).stream().filter(l -> l.startsWith("applied "))
                    .forEach(l -> applied.addAll(List.of(l.substring("applied [".length(), l.length() - 1)
                            .split(", ?")).stream().filter(s -> !s.isEmpty()).toList()));
        }

        assertThat(applied).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(MigrationRunnerTest.rows(t, "SELECT version FROM quarry_schema_history ORDER BY version"))
                .containsExactly("1", "2", "3");
        RoundTrip.assertReadBackAsDeclared(db, CustomerSchema.customer(true, true), CustomerSchema.ORDER);
    }
}
