package dev.quarry.examples.chinook;

import dev.quarry.Quarry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Chinook SQLite file shipped in this module ({@code chinook/chinook.db}, MIT, see {@code chinook/LICENSE.md}),
 * opened read-only through Quarry. SQLite can only open a file, so the resource is first copied to a temporary
 * directory, which {@link #close()} deletes. The handle is read-only ({@code open_mode=1}, SQLite's
 * {@code SQLITE_OPEN_READONLY}): a write through it fails instead of changing the copy.
 *
 * <p>Thread-safe as {@link Quarry} is; close once.
 */
public final class ChinookSource implements AutoCloseable {
    /** The classpath location of the dataset. */
    public static final String RESOURCE = "chinook/chinook.db";

    private final Path directory;
    private final Path file;
    private final Quarry db;

    private ChinookSource(Path directory, Path file, Quarry db) {
        this.directory = directory;
        this.file = file;
        this.db = db;
    }

    /** Extracts the bundled file and opens it read-only. */
    public static ChinookSource open() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("quarry-chinook-");
            Path file = dir.resolve("chinook.db");
            try (InputStream in = ChinookSource.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the Chinook dataset " + RESOURCE + " is not on the classpath");
                }
                Files.copy(in, file);
            }
            return new ChinookSource(dir, file, Quarry.open("jdbc:sqlite:" + file + "?open_mode=1"));
        } catch (IOException e) {
            deleteQuietly(dir);
            throw new UncheckedIOException("cannot extract " + RESOURCE + " to a temporary file", e);
        } catch (RuntimeException e) {
            deleteQuietly(dir);
            throw e;
        }
    }

    /** The read-only handle on the dataset. */
    public Quarry db() {
        return db;
    }

    /** The extracted file (for tests that read it with plain JDBC, independently of Quarry). */
    public Path file() {
        return file;
    }

    /** Closes the handle and deletes the extracted copy. */
    @Override
    public void close() {
        try {
            db.close();
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary copy left behind is harmless; the OS cleans its temp directory.
        }
    }
}
