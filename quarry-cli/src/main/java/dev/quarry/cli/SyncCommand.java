package dev.quarry.cli;

import dev.quarry.error.MisuseException;
import dev.quarry.migrate.MigrationFiles;
import dev.quarry.schema.TableDef;
import dev.quarry.sync.SyncPrimary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code quarry sync}: the primary side of embedded replicas (docs/replicas.md). {@code quarry sync generate} writes
 * the change capture of chosen tables as the next version of a migrations directory, for the migration runner (or
 * Flyway) to install on the primary.
 */
@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The primary side of embedded replicas (docs/replicas.md).")
final class SyncCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** {@code quarry sync} alone: the usage, and a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a sync command: generate");
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Write the change capture of the named tables (change logs, triggers) as the next"
                    + " migration: an up and a down file for PostgreSQL and SQLite (the primaries a replica follows),"
                    + " and files that do nothing for MariaDB, so every database's folder holds the same versions."
                    + " Needs no database; run it with quarry migrate up (or Flyway)."})
    int generate(@Mixin DirectoryOption directory, @Mixin ClasspathOption classpath,
                 @Option(names = "--tables", required = true, split = ",", paramLabel = "<table>",
                         description = "the tables to capture, by name, separated by ','") List<String> names,
                 @Option(names = "--name", defaultValue = "sync capture",
                         description = "what the migration is called (default: ${DEFAULT-VALUE})") String name) {
        Environment env = Environment.of(spec);
        PrintWriter out = QuarryCommand.out(spec);
        List<TableDef> code = classpath.load(env).tables();
        List<TableDef> tables = new ArrayList<>();
        for (String n : names) {
            tables.add(code.stream().filter(t -> t.name().equals(n)).findFirst().orElseThrow(() -> new UsageException(
                    "--tables names " + n + ", which is not among the code's tables " + code.stream()
                            .map(TableDef::name).toList())));
        }
        Path dir = directory.resolve(env);
        int version = 1;
        for (String database : MigrationFiles.DATABASES) {
            for (MigrationFiles.Migration m : MigrationFiles.list(dir, database)) {
                version = Math.max(version, m.version() + 1);
            }
        }
        String file = "__" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + ".sql";
        List<Path> written = new ArrayList<>();
        for (String database : MigrationFiles.DATABASES) {
            String up;
            String down;
            try {
                boolean primary = !database.equals("mariadb");
                up = primary ? SyncPrimary.installScript(database, tables) : NOTHING;
                down = primary ? SyncPrimary.uninstallScript(database, tables) : NOTHING;
            } catch (MisuseException e) {
                throw new UsageException(e.getMessage(), e);
            }
            written.add(write(dir.resolve(database).resolve("V" + version + file), up));
            written.add(write(dir.resolve(database).resolve("U" + version + file), down));
        }
        out.println("Wrote V" + version + " (" + name + "), change capture on " + String.join(", ", names) + ":");
        written.forEach(f -> out.println("  " + env.relative(f)));
        return ExitCodes.OK;
    }

    private static final String NOTHING = "-- Quarry sync: a replica's primary is PostgreSQL or SQLite; nothing to do"
            + " on MariaDB (docs/replicas.md)\n";

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
