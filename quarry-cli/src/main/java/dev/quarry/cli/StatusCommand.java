package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.migrate.Migrator;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quarry migrate status}: each version's state on the database. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print each migration's state on the database: applied, pending, changed (applied, but its"
                + " file changed since), partial (a MariaDB run stopped part-way) or missing (applied, but no file).")
final class StatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DirectoryOption directory;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        Environment env = Environment.of(spec);
        PrintWriter out = QuarryCommand.out(spec);
        java.nio.file.Path dir = directory.existing(env);
        try (Quarry db = connection.open(env, QuarryCommand.secrets(spec))) {
            List<Migrator.VersionState> states = Migrator.of(db, dir).status();
            if (states.isEmpty()) {
                out.println("No migrations for " + db.dialectName() + " in " + env.relative(dir.resolve(db.dialectName())) + ".");
            }
            for (Migrator.VersionState s : states) {
                out.printf("V%-4d %-9s %s%n", s.version(), s.state(), s.name());
            }
        }
        return ExitCodes.OK;
    }
}
