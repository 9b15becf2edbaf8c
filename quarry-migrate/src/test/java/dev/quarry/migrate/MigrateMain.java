package dev.quarry.migrate;

import dev.quarry.Quarry;
import java.nio.file.Path;

/** A child process for {@link MigrationCrashTest}: migrates {@code args[0]} with the files in {@code args[1]}. */
public final class MigrateMain {
    private MigrateMain() {
    }

    public static void main(String[] args) {
        try (Quarry db = Quarry.open(args[0])) {
            System.out.println("migrating");
            System.out.flush();
            Migrator.MigrationRun run = Migrator.of(db, Path.of(args[1])).migrate();
            System.out.println("applied " + run.applied());
        }
    }
}
