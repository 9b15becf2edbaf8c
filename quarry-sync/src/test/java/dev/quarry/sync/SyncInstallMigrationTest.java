package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.fixtures.Account;
import dev.quarry.migrate.Migrator;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The primary-side install as a migration file: Quarry's Migrator runs it, a replica then follows the primary, and
 * Flyway runs the same file (again, harmlessly) on PostgreSQL and SQLite.
 */
class SyncInstallMigrationTest {
    @TempDir
    Path dir;

    @OnDatabases({TestTarget.POSTGRES, TestTarget.SQLITE})
    void theMigratorAndFlywayRunTheInstallScriptAndAReplicaFollows(TestDb t) throws Exception {
        Quarry primary = t.use(ACCOUNT);
        primary.insertInto(ACCOUNT).values(new Account(1, "ann", 100)).execute();
        String database = t.target() == TestTarget.POSTGRES ? "postgresql" : "sqlite";
        Path file = dir.resolve("migrations").resolve(database).resolve("V1__sync_capture.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, SyncPrimary.installScript(database, List.of(ACCOUNT.def())));

        assertThat(Migrator.of(primary, dir.resolve("migrations")).migrate().applied()).containsExactly(1);
        try (Replica replica = Replica.open(dir.resolve("r.db"), primary, List.of(ACCOUNT))) {
            primary.insertInto(ACCOUNT).values(new Account(2, "bob", 5)).execute();
            assertThat(replica.sync()).isEqualTo(new SyncResult(1, 0));

            var flyway = Flyway.configure().dataSource(t.url(), null, null)
                    .locations("filesystem:" + file.getParent())
                    .baselineOnMigrate(true).baselineVersion("0"); // a database Flyway did not make
            if (t.target() == TestTarget.POSTGRES) {
                flyway.schemas(t.schemaName());
            }
            assertThat(flyway.load().migrate().migrationsExecuted).isOne();
            primary.update(ACCOUNT).set(ACCOUNT.balance, 6L).where(ACCOUNT.id.eq(2L)).execute();
            assertThat(replica.sync()).as("capture still in place, once").isEqualTo(new SyncResult(1, 0));
            assertThat(replica.local().selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                    .containsExactly(new Account(1, "ann", 100), new Account(2, "bob", 6));
        }
    }

    @Test
    void aDatabaseWithoutAReplicaPrimaryIsRefused() {
        assertThatThrownBy(() -> SyncPrimary.installScript("mariadb", List.of(ACCOUNT.def())))
                .isInstanceOf(UnsupportedFeatureException.class).hasMessageContaining("mariadb");
    }
}
