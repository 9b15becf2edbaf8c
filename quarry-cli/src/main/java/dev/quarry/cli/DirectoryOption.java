package dev.quarry.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --dir}: the migrations directory ({@code schema.json} and a folder of files per database). */
final class DirectoryOption {
    @Option(names = "--dir", paramLabel = "<dir>", defaultValue = "migrations",
            description = "migrations directory (default: ${DEFAULT-VALUE})")
    Path dir;

    /** The directory, against the working directory. */
    Path resolve(Environment env) {
        return env.resolve(dir);
    }

    /** The directory, which must exist: commands that read migrations have nothing to do without it. */
    Path existing(Environment env) {
        Path d = resolve(env);
        if (!Files.isDirectory(d)) {
            throw new UsageException("the migrations directory " + d + " does not exist; give --dir, or write the"
                    + " first migration with: quarry migrate generate --name <name>");
        }
        return d;
    }
}
