package dev.quarry.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quarry migrate}: the group of migration commands. */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Generate, run, undo, check and lint migration files (docs/migrations.md).",
        subcommands = {GenerateCommand.class, UpCommand.class, DownCommand.class, StatusCommand.class,
                CheckCommand.class, LintCommand.class, BaselineCommand.class})
final class MigrateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** {@code quarry migrate} alone: the usage, and a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a migrate command: generate, up, down, status, check, lint or baseline");
    }
}
