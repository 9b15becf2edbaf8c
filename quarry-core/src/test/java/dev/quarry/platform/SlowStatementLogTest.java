package dev.quarry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.schema.DataType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Statements past the slow-statement threshold are logged at WARN on {@code dev.quarry.sql}, with their SQL and
 * never their values. The test logger (slf4j-simple, WARN and above by default here) writes to {@code System.err},
 * which the test reads.
 */
class SlowStatementLogTest {
    private static final String SECRET = "s3cret-value";

    private static String stderrDuring(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static void work(Path file, Duration threshold) {
        try (Quarry db = Quarry.open("jdbc:sqlite:" + file,
                QuarrySettings.builder().slowStatementThreshold(threshold).build())) {
            db.sql("CREATE TABLE IF NOT EXISTS probe (v TEXT)").execute();
            db.sql("INSERT INTO probe (v) VALUES (?)", SECRET).execute();
            db.sql("SELECT v FROM probe WHERE v = ?", SECRET).fetch(r -> r.get(0, DataType.STRING));
        }
    }

    @Test
    void aStatementPastTheThresholdIsLoggedWithItsSqlAndWithoutItsValues(@TempDir Path dir) {
        String log = stderrDuring(() -> work(dir.resolve("slow.db"), Duration.ofNanos(1)));
        assertThat(log).contains("WARN dev.quarry.sql - slow statement (")
                .contains("SELECT v FROM probe WHERE v = ?")
                .doesNotContain(SECRET);
    }

    @Test
    void nothingIsLoggedUnderTheThresholdNorWhenItIsOff(@TempDir Path dir) {
        assertThat(stderrDuring(() -> work(dir.resolve("fast.db"), Duration.ofHours(1))))
                .doesNotContain("slow statement");
        assertThat(stderrDuring(() -> work(dir.resolve("off.db"), Duration.ZERO))).doesNotContain("slow statement");
    }
}
