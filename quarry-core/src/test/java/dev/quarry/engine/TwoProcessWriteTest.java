package dev.quarry.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs write one SQLite file at the same time, each through its own Quarry. Across processes there is no
 * shared Java lock: {@code BEGIN IMMEDIATE} meets the other process's write lock and SQLite's busy handler waits it
 * out, sleeping with backoff up to the busy timeout (https://www.sqlite.org/c3ref/busy_timeout.html). No write may
 * be lost, and a wait that runs out must surface as the typed, retryable BusyException, never as another error.
 */
class TwoProcessWriteTest {
    private static final int ROWS_EACH = 400;
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void twoProcessesWritingOneFileLoseNoRowAndSurfaceBusyOnlyAsBusyExceptionAfterTheTimeout() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("shared.db");
        try (Quarry db = Quarry.open(url, ProcessWriter.settings(BUSY_TIMEOUT))) {
            // seq records the commit order, so interleaving shows
            db.sql("CREATE TABLE entry (seq INTEGER PRIMARY KEY AUTOINCREMENT, id INTEGER NOT NULL UNIQUE, "
                    + "writer INTEGER NOT NULL)").execute();
            Process child = startChild(url, ROWS_EACH);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8)); OutputStream in = child.getOutputStream()) {
                assertThat(out.readLine()).as("the child opened the database").isEqualTo("ready");
                in.write("go\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
                assertThat(out.readLine()).as("the child is writing").isEqualTo("started");
                ProcessWriter.Outcome mine = ProcessWriter.write(db, 0, ROWS_EACH);
                String line = out.readLine();
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child finished").isTrue();
                assertThat(child.exitValue()).as("child exit; its stderr: %s", stderr()).isZero();
                assertThat(line).as("the child's report; its stderr: %s", stderr()).startsWith("done ");
                ProcessWriter.Outcome theirs = ProcessWriter.Outcome.parse(line);

                System.out.printf("two processes, %d rows each: parent busy=%d, child busy=%d, turns=%d%n",
                        ROWS_EACH, mine.busy(), theirs.busy(), turns(db));
                for (ProcessWriter.Outcome o : List.of(mine, theirs)) {
                    assertThat(o.written()).isEqualTo(ROWS_EACH);
                    if (o.busy() > 0) {
                        assertThat(o.minBusyMillis()).as("a BusyException comes only after the busy timeout")
                                .isGreaterThanOrEqualTo(BUSY_TIMEOUT.toMillis() - 50);
                    }
                }
            } finally {
                child.destroyForcibly();
            }
            List<Long> ids = db.sql("SELECT id FROM entry ORDER BY id").fetch(r -> r.getLong(0));
            assertThat(ids).as("every row of both writers, none lost")
                    .containsExactlyElementsOf(LongStream.range(0, 2L * ROWS_EACH).boxed().toList());
            assertThat(turns(db)).as("the two processes' commits interleaved").isGreaterThanOrEqualTo(2);
        }
    }

    /** How often the writer changes along the commit order. */
    private static long turns(Quarry db) {
        return db.sql("SELECT count(*) FROM (SELECT writer, lag(writer) OVER (ORDER BY seq) AS previous FROM entry) "
                + "WHERE previous IS NOT NULL AND previous <> writer").fetch(r -> r.getLong(0)).get(0);
    }

    private Process startChild(String url, int rows) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ProcessWriter.class.getName(), url, Integer.toString(rows), Integer.toString(rows),
                Long.toString(BUSY_TIMEOUT.toMillis()))
                .redirectError(dir.resolve("child.err").toFile())
                .start();
    }

    private String stderr() {
        try {
            return Files.readString(dir.resolve("child.err"));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
