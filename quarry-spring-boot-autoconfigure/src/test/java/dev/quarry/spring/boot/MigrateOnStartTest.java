package dev.quarry.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.migrate.MigrationException;
import dev.quarry.migrate.Migrator;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.LeakCheckExtension;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.core.NestedExceptionUtils;

/**
 * {@code quarry.migrate.enabled}: the database is migrated before the Quarry bean is handed out, with the files of
 * {@code quarry.migrate.location}; a failing migration stops the context from starting, with the runner's error.
 */
@ExtendWith(LeakCheckExtension.class)
class MigrateOnStartTest {
    private static final String FROM_CLASSPATH = "quarry.migrate.location=classpath:db/quarry-start";

    @BeforeEach
    void startWithoutMigrations(TestDb t) throws SQLException {
        try (Statement s = t.jdbc().createStatement()) {
            for (String table : List.of("mig_gadget", "mig_widget", "quarry_schema_history")) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    @AllDatabases
    void theMigrationsOfTheClassPathRunBeforeTheBeanIsHandedOut(TestDb t) throws SQLException {
        SpringDatabases.runner(t).withPropertyValues("quarry.migrate.enabled=true", FROM_CLASSPATH).run(context -> {
            assertThat(context).hasNotFailed();
            Quarry db = context.getBean(Quarry.class);
            String first = db.withConnection(ConnectionAccess.READ, c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT name FROM mig_gadget")) {
                    return r.next() ? r.getString(1) : null;
                }
            });
            assertThat(first).as("the bean's first statement finds the migrated table").isEqualTo("first");
        });
        assertThat(rows(t, "SELECT name FROM mig_gadget")).containsExactly("first");
        assertThat(rows(t, "SELECT version FROM quarry_schema_history ORDER BY version")).containsExactly("1", "2");

        SpringDatabases.runner(t).withPropertyValues("quarry.migrate.enabled=true", FROM_CLASSPATH)
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(rows(t, "SELECT name FROM mig_gadget")).as("a second start applies nothing again")
                .containsExactly("first");
    }

    @AllDatabases
    void aFailingMigrationStopsTheStartWithTheRunnersErrorAndRollsBackWhereTheDatabaseCan(
            TestDb t, @TempDir Path dir) throws Exception {
        Path files = Files.createDirectories(dir.resolve(t.target().label()));
        Files.writeString(files.resolve("V1__create_widget.sql"),
                "CREATE TABLE mig_widget (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL);\n");
        Files.writeString(files.resolve("V2__broken.sql"), "INSERT INTO mig_widget (id, name) VALUES (1, 'one');\n"
                + "INSERT INTO mig_no_such_table (id) VALUES (1);\n");

        SpringDatabases.runner(t).withPropertyValues("quarry.migrate.enabled=true",
                "quarry.migrate.location=file:" + dir).run(context -> {
                    assertThat(context).hasFailed();
                    Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
                    assertThat(failureChain(context.getStartupFailure()))
                            .anyMatch(e -> e instanceof MigrationException);
                    assertThat(cause).hasMessageContaining("mig_no_such_table");
                });

        assertThat(rows(t, "SELECT version FROM quarry_schema_history WHERE state = 'applied'"))
                .as("V1 applied, V2 not").containsExactly("1");
        if (t.is(TestTarget.MARIADB)) {
            // MariaDB runs a migration statement by statement (docs/migrations.md): the first insert stays
            assertThat(rows(t, "SELECT name FROM mig_widget")).containsExactly("one");
        } else {
            assertThat(rows(t, "SELECT name FROM mig_widget")).as("V2 rolled back whole").isEmpty();
        }
    }

    @OnDatabases(TestTarget.SQLITE)
    void aLocationWithoutFilesForTheDatabaseStopsTheStartAndSaysWhereItLooked(TestDb t) {
        SpringDatabases.runner(t).withPropertyValues("quarry.migrate.enabled=true",
                "quarry.migrate.location=classpath:db/no-such-folder").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("quarry.migrate.location=classpath:db/no-such-folder has no "
                                    + "migration files for sqlite");
                });
    }

    @OnDatabases(TestTarget.SQLITE)
    void enabledWithoutQuarryMigrateOnTheClassPathStopsTheStartAndSaysWhatToAdd(TestDb t) {
        SpringDatabases.runner(t).withClassLoader(new FilteredClassLoader(Migrator.class))
                .withPropertyValues("quarry.migrate.enabled=true").run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                            .hasMessageContaining("quarry-migrate is not on the class path")
                            .hasMessageContaining("dev.quarry:quarry-migrate");
                });
    }

    @OnDatabases(TestTarget.SQLITE)
    void notEnabledMeansNotMigrated(TestDb t) throws SQLException {
        SpringDatabases.runner(t).withPropertyValues(FROM_CLASSPATH)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(QuarryStartupMigration.class));
        assertThat(rows(t, "SELECT name FROM sqlite_master WHERE name = 'mig_gadget'")).isEmpty();
    }

    @OnDatabases(TestTarget.SQLITE)
    void theApplicationsOwnMigrationReplacesTheRunnerAndAFailureClosesTheHandle(TestDb t) {
        List<Quarry> seen = new ArrayList<>();
        QuarryStartupMigration failing = db -> {
            seen.add(db);
            throw new IllegalStateException("the application's own migration failed");
        };
        SpringDatabases.runner(t).withBean(QuarryStartupMigration.class, () -> failing)
                .withPropertyValues("quarry.migrate.enabled=true", FROM_CLASSPATH).run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                            .hasMessage("the application's own migration failed");
                });
        assertThat(seen).hasSize(1);
        assertThatThrownBy(() -> seen.get(0).withConnection(ConnectionAccess.READ, c -> 1))
                .as("closed").isInstanceOf(MisuseException.class);
    }

    private static List<Throwable> failureChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable e = failure; e != null; e = e.getCause()) {
            chain.add(e);
        }
        return chain;
    }

    private static List<String> rows(TestDb t, String sql) throws SQLException {
        Connection c = t.jdbc();
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
