package dev.quarry.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteDataSource;

/**
 * A setting given explicitly that the database being opened does not use is reported once, in one WARN line that
 * names it, and otherwise ignored; slf4j-simple (the tests' binding) writes WARN to the {@code System.err} of the
 * moment, which the test swaps for a buffer while it opens.
 */
class UnusedSettingsWarningTest {
    /** SQLite-only and server-only settings, both given explicitly. */
    private static final QuarrySettings MIXED = QuarrySettings.builder().readers(2).journalMode("WAL")
            .fairWriterLock(true).maxPoolSize(3).logValues(false).build();

    @AllDatabases
    void aSettingTheDatabaseDoesNotUseIsNamedInOneWarning(TestDb t) {
        List<String> warnings = warningsWhileOpening(t, MIXED);
        String unused = t.target().isServer() ? "fairWriterLock, journalMode, readers" : "maxPoolSize";
        assertThat(warnings).singleElement().asString()
                .contains("WARN dev.quarry.internal.engine.QuarryHandle - Quarry(")
                .contains("does not use the setting(s) " + unused + " given in its QuarrySettings");
    }

    @AllDatabases
    void settingsLeftAtTheirDefaultsAreNotReported(TestDb t) {
        assertThat(warningsWhileOpening(t, QuarrySettings.DEFAULTS)).isEmpty();
    }

    @OnDatabases(TestTarget.SQLITE)
    void aDataSourceUsesNoneOfThePoolTimeoutAndCredentialSettings(TestDb t) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl(t.url());
        QuarrySettings settings = QuarrySettings.builder().username("app").busyTimeout(Duration.ofSeconds(1))
                .acquireTimeout(Duration.ofSeconds(1)).maxPoolSize(2).readers(2).build();
        assertThat(warningsWhile(() -> Quarry.open(ds, settings).close())).singleElement().asString()
                .contains("Quarry(SQLiteDataSource, sqlite) does not use the setting(s) acquireTimeout, busyTimeout, "
                        + "maxPoolSize, readers, username given");
    }

    private static List<String> warningsWhileOpening(TestDb t, QuarrySettings settings) {
        return warningsWhile(() -> t.open(settings));
    }

    private static List<String> warningsWhile(Runnable open) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            open.run();
        } finally {
            System.setErr(original);
        }
        return Arrays.stream(buffer.toString(StandardCharsets.UTF_8).split("\\R"))
                .filter(line -> line.contains("does not use the setting")).toList();
    }
}
