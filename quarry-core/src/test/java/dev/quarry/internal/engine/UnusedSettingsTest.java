package dev.quarry.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.QuarrySettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which explicitly given settings each kind of SQLite database leaves unused. */
class UnusedSettingsTest {
    private static final QuarrySettings EVERY_SQLITE_AND_SERVER_SETTING = QuarrySettings.builder()
            .username("app").password("pw").maxPoolSize(4).readers(2).journalMode("WAL").synchronous("FULL")
            .foreignKeys(true).statementCacheSize(8).fairWriterLock(true).onConnect(c -> { }).logValues(true)
            .build();

    @TempDir
    Path dir;

    @Test
    void aSqliteFileUsesEverySettingButTheServerOnes() {
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir), EVERY_SQLITE_AND_SERVER_SETTING)) {
            assertThat(UnusedSettings.of(EVERY_SQLITE_AND_SERVER_SETTING, db.source().settingsUsed()))
                    .containsExactly("maxPoolSize", "password", "username");
        }
    }

    @Test
    void anInMemorySqliteDatabaseUsesNoReadersAndNoJournalMode() {
        try (QuarryHandle db = SqliteFixture.open("jdbc:sqlite::memory:", EVERY_SQLITE_AND_SERVER_SETTING)) {
            assertThat(UnusedSettings.of(EVERY_SQLITE_AND_SERVER_SETTING, db.source().settingsUsed()))
                    .containsExactly("journalMode", "maxPoolSize", "password", "readers", "username");
        }
    }

    @Test
    void aReadOnlySqliteDatabaseUsesNoSettingOfTheWriter() {
        SqliteFixture.withItems(dir).close();
        try (QuarryHandle db = SqliteFixture.open(SqliteFixture.url(dir) + "?open_mode=1",
                EVERY_SQLITE_AND_SERVER_SETTING)) {
            assertThat(UnusedSettings.of(EVERY_SQLITE_AND_SERVER_SETTING, db.source().settingsUsed()))
                    .containsExactly("fairWriterLock", "journalMode", "maxPoolSize", "password", "synchronous",
                            "username");
        }
    }
}
