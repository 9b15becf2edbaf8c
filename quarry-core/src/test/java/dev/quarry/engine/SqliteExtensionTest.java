package dev.quarry.engine;

import static dev.quarry.query.Dsl.function;
import static dev.quarry.query.Dsl.val;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.schema.DataType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite loadable extension, compiled here with gcc from {@code src/test/resources/sqlite/half.c}, loaded by
 * {@link QuarrySettings.Builder#loadExtension} on the writer and every reader and called from the DSL. Without gcc
 * or {@code sqlite3ext.h} (package libsqlite3-dev) the class is skipped with the reason, or fails when
 * {@code QUARRY_REQUIRE_ALL_DBS=1}. This is the extension example of docs/sqlite.md.
 */
class SqliteExtensionTest {
    private static final Path HEADER = Path.of("/usr/include/sqlite3ext.h");

    @TempDir
    static Path build;
    static Path half;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileTheExtension() throws IOException, InterruptedException {
        String missing = !Files.exists(HEADER) ? HEADER + " is missing (install libsqlite3-dev)"
                : !SqliteExtensionCompiler.gccRuns() ? "gcc is not installed" : null;
        if (missing != null) {
            SqliteExtensionCompiler.skipOrFail("the SQLite extension test needs a C compiler and headers: " + missing);
        }
        Path source = build.resolve("half.c");
        try (InputStream in = SqliteExtensionTest.class.getResourceAsStream("/sqlite/half.c")) {
            Files.copy(in, source);
        }
        half = SqliteExtensionCompiler.compile(source, build.resolve("half.so"));
    }

    @Test
    void anExtensionLoadedThroughTheSettingsIsCallableFromTheDslOnTheWriterAndEveryReader() throws Exception {
        // docs/sqlite.md: loading an extension
        QuarrySettings settings = QuarrySettings.builder().loadExtension(half).readers(3).build();
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("ext.db"), settings)) {
            db.sql("CREATE TABLE price (id INTEGER PRIMARY KEY, amount REAL)").execute();
            db.sql("INSERT INTO price VALUES (1, 9.0), (2, NULL)").execute();
            Double written = db.transaction(tx ->
                    tx.select(function("half", DataType.DOUBLE, val(7.0))).fetchOne());
            assertThat(written).as("on the writer").isEqualTo(3.5);
            List<CompletableFuture<Double>> reads = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                reads.add(CompletableFuture.supplyAsync(() -> db.sql("SELECT half(amount) FROM price WHERE id = 1")
                        .fetch(r -> r.get(0, DataType.DOUBLE)).get(0)));
            }
            for (CompletableFuture<Double> r : reads) {
                assertThat(r.get(10, TimeUnit.SECONDS)).as("on a reader").isEqualTo(4.5);
            }
            assertThat(db.sql("SELECT half(amount) FROM price WHERE id = 2").fetch(r -> r.get(0, DataType.DOUBLE)))
                    .containsExactly((Double) null);
            // loading is switched off again once the connection is ready: SQL cannot load a library
            assertThatThrownBy(() -> db.sql("SELECT load_extension(?)", half.toString()).fetch(r -> r.get(0,
                    DataType.STRING))).hasMessageContaining("not authorized");
        }
    }

    @Test
    void anExtensionThatCannotBeLoadedFailsOpenNamingTheFile() {
        Path nowhere = dir.resolve("no_such_extension.so");
        QuarrySettings settings = QuarrySettings.builder().loadExtension(nowhere).build();
        assertThatThrownBy(() -> Quarry.open("jdbc:sqlite:" + dir.resolve("x.db"), settings))
                .hasMessageContaining("cannot load the SQLite extension " + nowhere);
    }
}
