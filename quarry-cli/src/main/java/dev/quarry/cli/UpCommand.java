package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.migrate.Migrator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quarry migrate up}: applies the pending migrations. */
@Command(name = "up", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Apply the pending migrations of the database's kind (the files under <dir>/sqlite, "
                + "postgresql or mariadb) in version order, each recorded in quarry_schema_history. Refuses to "
                + "start, running nothing, when an applied file changed or is missing.")
final class UpCommand implements Callable<Integer> {
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
            Migrator.MigrationRun run = Migrator.of(db, dir).migrate();
            run.notes().forEach(n -> out.println("Note: " + n));
            out.println(run.applied().isEmpty() ? "Nothing to apply: " + db.dialectName() + " database is up to date."
                    : "Applied " + Versions.list(run.applied()) + " on " + db.dialectName() + ".");
        }
        return ExitCodes.OK;
    }
}
