package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM killed with kill -9 in the middle of a migration, between its first statement and its last: on SQLite
 * and PostgreSQL nothing of it stays and the next run applies it whole; on MariaDB the first statement stays, the
 * history row says so, and the next run resumes with the second statement and says it did.
 */
class MigrationCrashTest {
    @TempDir
    Path dir;

    /** A first statement, one that takes seconds (and on SQLite writes pages before the commit), a last one. */
    private static String migration(TestTarget target) {
        String slow = switch (target) {
            case SQLITE -> "INSERT INTO crash_a (id) WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                    + " WHERE x < 1500000) SELECT x FROM c";
            case POSTGRES -> "SELECT pg_sleep(4)";
            case MARIADB -> "SELECT SLEEP(4)";
        };
        return "CREATE TABLE crash_a (id BIGINT NOT NULL PRIMARY KEY);\n" + slow + ";\n"
                + "CREATE TABLE crash_b (id BIGINT NOT NULL PRIMARY KEY);\n";
    }

    @AllDatabases
    void aMigrationKilledHalfWayIsRecoveredByTheNextRun(TestDb t) throws Exception {
        Quarry db = t.db();
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
        Path files = dir.resolve(db.dialectName());
        Files.createDirectories(files);
        Files.writeString(files.resolve("V1__slow.sql"), migration(t.target()));

        long walBefore = t.target() == TestTarget.SQLITE ? walBytes(t) : 0;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                MigrateMain.class.getName(), t.url(), dir.toString())
                .redirectError(dir.resolve("child.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("migrating");
            waitUntilInTheSlowStatement(t, walBefore);
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the child
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        List<String> tables = SchemaIntrospection.snapshot(db).tableNames();
        if (t.target() == TestTarget.MARIADB) {
            assertThat(tables).contains("crash_a").doesNotContain("crash_b");
            assertThat(MigrationRunnerTest.rows(t, "SELECT state, statements_done, statements_total FROM"
                    + " quarry_schema_history")).containsExactly("running|1|3");
            assertThat(Migrator.of(db, dir).status()).extracting(Migrator.VersionState::state).containsExactly("partial");
        } else {
            assertThat(tables).as("nothing of the killed migration stays").doesNotContain("crash_a", "crash_b");
        }

        Migrator.MigrationRun rerun = Migrator.of(db, dir).migrate();
        assertThat(rerun.applied()).containsExactly(1);
        if (t.target() == TestTarget.MARIADB) {
            assertThat(rerun.notes()).singleElement().asString()
                    .contains("stopped after statement 1 of 3", "resumed with statement 2");
        } else {
            assertThat(rerun.notes()).isEmpty();
        }
        assertThat(SchemaIntrospection.snapshot(db).tableNames()).contains("crash_a", "crash_b");
        assertThat(Migrator.of(db, dir).status()).extracting(Migrator.VersionState::state).containsExactly("applied");
    }

    /**
     * Waits until the child is in its second statement: MariaDB has committed the first table; PostgreSQL shows the
     * sleep in pg_stat_activity; SQLite's write-ahead log grows with pages of the uncommitted insert.
     */
    private void waitUntilInTheSlowStatement(TestDb t, long walBefore) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            boolean there = switch (t.target()) {
                case MARIADB -> SchemaIntrospection.snapshot(t.db()).tableNames().contains("crash_a");
                case POSTGRES -> !MigrationRunnerTest.rows(t, "SELECT 1 FROM pg_stat_activity WHERE state = 'active'"
                        + " AND query LIKE 'SELECT pg_sleep(4)%'").isEmpty();
                case SQLITE -> walBytes(t) > walBefore + 2_000_000;
            };
            if (there) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child never reached the slow statement: " + Files.readString(dir.resolve("child.err")));
    }

    private static long walBytes(TestDb t) throws Exception {
        String file = t.url().substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        Path wal = Path.of((q < 0 ? file : file.substring(0, q)) + "-wal");
        return Files.exists(wal) ? Files.size(wal) : 0;
    }
}
