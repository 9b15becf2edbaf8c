package dev.quarry.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the {@code dev.quarry.sql} logger writes at DEBUG: each statement's SQL and elapsed time, and its bound
 * values only when {@code QuarrySettings.logValues} is on. Each case runs {@link SqlLogProbe} in a JVM whose
 * slf4j-simple binding (the tests' one) logs {@code dev.quarry.sql} at DEBUG, and reads its standard error.
 */
class SqlLoggingTest {
    /** The line slf4j-simple writes for a DEBUG event on the logger, with its elapsed time. */
    private static final String LOGGED_INSERT = "DEBUG dev.quarry.sql - " + SqlLogProbe.INSERT.replace("?", "\\?")
            .replace("(", "\\(").replace(")", "\\)") + " \\(\\d+\\.\\d{3} ms\\)";

    @TempDir
    Path dir;

    @Test
    void eachStatementsSqlAndElapsedTimeAreLoggedWithItsValuesRedacted() throws Exception {
        String log = probe(false);
        assertThat(log).containsPattern("DEBUG dev.quarry.sql - CREATE TABLE account .* \\(\\d+\\.\\d{3} ms\\)");
        assertThat(log).containsPattern(LOGGED_INSERT + " values \\[2 redacted\\]");
        assertThat(log).doesNotContain(SqlLogProbe.SECRET);
    }

    @Test
    void boundValuesAreLoggedWhenLogValuesIsOn() throws Exception {
        String log = probe(true);
        assertThat(log).containsPattern(LOGGED_INSERT + " values \\[1, " + SqlLogProbe.SECRET + "\\]");
    }

    /** Runs the probe on a new database and returns what it wrote to standard error. */
    private String probe(boolean logValues) throws IOException, InterruptedException {
        Path err = dir.resolve("probe-" + logValues + ".err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.log.dev.quarry.sql=debug",
                SqlLogProbe.class.getName(), "jdbc:sqlite:" + dir.resolve("probe-" + logValues + ".db"),
                Boolean.toString(logValues))
                .redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the probe finished").isTrue();
        String log = Files.readString(err);
        assertThat(p.exitValue()).as("the probe's exit status; its stderr:\n%s", log).isZero();
        return log;
    }
}
