package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.migrate.Migrator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry migrate down --to V}: undoes the applied migrations above a version. */
@Command(name = "down", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Undo the applied migrations newer than --to, newest first, with their down files (U<n>__...)."
                + " Refuses, undoing nothing, to go past a migration whose down file cannot bring back what it dropped,"
                + " unless --force.")
final class DownCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DirectoryOption directory;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--to", required = true, paramLabel = "<version>",
            description = "the version to go back to (0: undo every migration)")
    int version;

    @Option(names = "--force", description = "go past down files that cannot bring back dropped data")
    boolean force;

    @Override
    public Integer call() {
        if (version < 0) {
            throw new UsageException("--to must be 0 or a version, was " + version);
        }
        Environment env = Environment.of(spec);
        PrintWriter out = QuarryCommand.out(spec);
        java.nio.file.Path dir = directory.existing(env);
        try (Quarry db = connection.open(env, QuarryCommand.secrets(spec))) {
            Migrator.MigrationRun run = Migrator.of(db, dir).downTo(version, force);
            out.println(run.applied().isEmpty() ? "Nothing to undo: no applied migration is newer than V" + version + "."
                    : "Undid " + Versions.list(run.applied()) + " on " + db.dialectName() + ".");
        }
        return ExitCodes.OK;
    }
}
