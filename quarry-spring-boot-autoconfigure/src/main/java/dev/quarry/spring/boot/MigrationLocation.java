package dev.quarry.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * {@code quarry.migrate.location} as the directory quarry-migrate's runner reads. A {@code file:} location is used
 * as it is. A {@code classpath:} one may be inside a jar, where there is no directory to hand over, so the files of
 * the one database being migrated are copied out to a temporary directory, deleted on {@link #close()}; the runner
 * reads each file once, and the history keeps the checksum of its content, not of its place. Not thread-safe; one
 * per migration run.
 */
final class MigrationLocation implements AutoCloseable {
    private static final String CLASSPATH = "classpath:";

    private final Path directory;
    private final Path temporary;

    private MigrationLocation(Path directory, Path temporary) {
        this.directory = directory;
        this.temporary = temporary;
    }

    /**
     * The migrations of {@code database} at {@code location}.
     *
     * @throws IllegalStateException if the location has no migration file for {@code database}, which is a wrong
     *                               location far more often than a database without migrations
     */
    static MigrationLocation resolve(String location, String database, ResourcePatternResolver resources) {
        String base = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        String folder = base + "/" + database;
        Resource[] files;
        try {
            files = resources.getResources(wildcard(folder) + "/*.sql");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.length == 0) {
            throw new IllegalStateException("quarry.migrate.location=" + location + " has no migration files for "
                    + database + " (looked for " + folder + "/V<n>__<name>.sql); point quarry.migrate.location at "
                    + "the folder that holds the sqlite, postgresql and mariadb folders, or set "
                    + "quarry.migrate.enabled=false");
        }
        if (!base.startsWith(CLASSPATH)) {
            try {
                return new MigrationLocation(resources.getResource(base).getFile().toPath(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + base + " as a directory", e);
            }
        }
        return copied(database, files);
    }

    /** {@code classpath*:}: the folder may be in any jar of the class path, not only the first that has the root. */
    private static String wildcard(String folder) {
        return folder.startsWith(CLASSPATH) ? "classpath*:" + folder.substring(CLASSPATH.length()) : folder;
    }

    private static MigrationLocation copied(String database, Resource[] files) {
        Path temporary = null;
        try {
            temporary = Files.createTempDirectory("quarry-migrations");
            Path folder = Files.createDirectory(temporary.resolve(database));
            for (Resource file : files) {
                Path target = folder.resolve(file.getFilename());
                if (Files.exists(target)) {
                    throw new IllegalStateException("two migration files named " + file.getFilename()
                            + " on the class path (one is " + file.getDescription() + "); keep one");
                }
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, target);
                }
            }
            return new MigrationLocation(temporary, temporary);
        } catch (IOException | RuntimeException e) {
            delete(temporary);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot copy the migration files out of the class path", io);
            }
            throw (RuntimeException) e;
        }
    }

    /** The directory holding the database's folder, for {@code Migrator.of(db, directory)}. */
    Path directory() {
        return directory;
    }

    @Override
    public void close() {
        delete(temporary);
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left behind harms nothing; the migration itself succeeded or failed on its own
        }
    }
}
