package dev.quarry.cli;

import picocli.CommandLine;

/**
 * The {@code quarry} command's entry point: {@code java -jar quarry-cli-<version>-all.jar --help}. Exit codes: 0
 * done, 1 {@code check} or {@code lint} found something, 2 usage error, 3 database or migration error
 * (docs/cli.md).
 */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command and exits the JVM with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine(Environment.system()).execute(args));
    }

    /** The command line for {@code environment}, with Quarry's failure handling. */
    static CommandLine commandLine(Environment environment) {
        QuarryCommand root = new QuarryCommand(environment);
        FailureHandler failures = new FailureHandler(root);
        return new CommandLine(root)
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
