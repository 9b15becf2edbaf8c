package dev.quarry.sync;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import dev.quarry.query.Dsl;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy made again (after compaction, after a new generation) is streamed like the first: a replica process with a
 * 48 MB heap copies a table of about 80 MB three times. Reading the table whole into memory, as the copy again once
 * did, fails that process with an OutOfMemoryError.
 */
class ReplicaRecopyTest {
    private static final int ROWS = 40_000;
    private static final String HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @OnDatabases(TestTarget.POSTGRES)
    void copiesAgainAfterCompactionAndANewGenerationStreamWithASmallHeap(TestDb t) throws Exception {
        Quarry primary = t.use(ARTIST);
        SyncPrimary.install(primary, List.of(ARTIST));
        // 2 KB values: about 80 MB of rows, more than the child's whole heap
        primary.sql("INSERT INTO artist (name, country) SELECT 'artist ' || g, repeat(md5(g::text), 64) FROM "
                + "generate_series(1, " + ROWS + ") g").execute();
        Path file = dir.resolve("big.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
                RecopyChild.class.getName(), t.url(), file.toString()).redirectErrorStream(true).start();
        String output;
        try {
            output = read(child);
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child finished").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as("the child's output: %s", output).isZero();
        assertThat(output).contains("bootstrap " + ROWS)
                .contains("compaction SyncResult[upserted=" + (ROWS + 1) + ", deleted=0, rebootstrapped=true")
                .contains("generation SyncResult[upserted=" + (ROWS + 1) + ", deleted=0, rebootstrapped=true");
        try (Replica replica = Replica.open(file, primary, List.of(ARTIST))) {
            Quarry local = replica.local();
            assertThat(local.select(Dsl.count()).from(ARTIST).fetchOne()).isEqualTo(ROWS + 1L);
            assertThat(local.select(ARTIST.country).from(ARTIST).where(ARTIST.name.eq("artist 7")).fetchOne())
                    .hasSize(2_048);
            assertThat(local.selectFrom(ARTIST).where(ARTIST.name.eq("after the copy")).fetch())
                    .extracting(Artist::country).containsExactly((String) null);
        }
    }

    private static String read(Process child) throws IOException {
        return new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
