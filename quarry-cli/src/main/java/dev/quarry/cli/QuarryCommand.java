package dev.quarry.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code quarry}: the root command, which holds what every subcommand shares. */
@Command(name = "quarry", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Quarry's command line: migrations from the code's schema for SQLite, PostgreSQL and MariaDB,"
                + " a live database's schema as @Table records, the primary side of embedded replicas,"
                + " and Quarry Studio in a browser.",
        subcommands = {MigrateCommand.class, IntrospectCommand.class, SyncCommand.class, StudioCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 check or lint found something, 2 usage error, 3 database or migration"
                + " error.", "See docs/cli.md."})
final class QuarryCommand implements Runnable {
    private final Environment environment;
    private final Secrets secrets = new Secrets();

    @Spec
    CommandSpec spec;

    QuarryCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    Secrets secrets() {
        return secrets;
    }

    /** {@code quarry} alone: the usage, and a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: migrate, introspect or sync");
    }

    /** The secrets of the run {@code spec} belongs to. */
    static Secrets secrets(CommandSpec spec) {
        return ((QuarryCommand) spec.root().userObject()).secrets();
    }

    /** The standard output of the run {@code spec} belongs to. */
    static PrintWriter out(CommandSpec spec) {
        return spec.commandLine().getOut();
    }
}
