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

/** {@code quarry migrate baseline --version V}: records migrations as applied without running them. */
@Command(name = "baseline",
        description = "Record the migrations up to --version as applied without running them: for a database whose"
                + " schema was made before it had migrations. Refused when the database already has a history.")
final class BaselineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DirectoryOption directory;

    @Mixin
    ConnectionOptions connection;

    // Only --help: --version is the baseline's version here, not Quarry's.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--version", required = true, paramLabel = "<version>",
            description = "the last version the database's schema already has")
    int version;

    @Override
    public Integer call() {
        if (version < 1) {
            throw new UsageException("the baseline version must be 1 or more, was " + version);
        }
        Environment env = Environment.of(spec);
        PrintWriter out = QuarryCommand.out(spec);
        java.nio.file.Path dir = directory.existing(env);
        try (Quarry db = connection.open(env, QuarryCommand.secrets(spec))) {
            Migrator migrator = Migrator.of(db, dir);
            if (migrator.status().stream().noneMatch(s -> s.version() <= version)) {
                throw new UsageException("no migration up to V" + version + " in " + dir.resolve(db.dialectName())
                        + "; nothing recorded");
            }
            Migrator.MigrationRun run = migrator.baseline(version);
            out.println("Recorded " + Versions.list(run.applied()) + " as applied on " + db.dialectName()
                    + " without running them.");
        }
        return ExitCodes.OK;
    }
}
