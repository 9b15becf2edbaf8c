package dev.quarry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@code quarry} in-process, as {@code Main} does, with an environment of the test's and output captured. */
final class Cli {
    private final Environment environment;

    private Cli(Environment environment) {
        this.environment = environment;
    }

    /** The command in {@code workingDirectory}, with no environment variables but {@code variables}. */
    static Cli in(Path workingDirectory, Map<String, String> variables) {
        return new Cli(new Environment(variables, workingDirectory));
    }

    static Cli in(Path workingDirectory) {
        return in(workingDirectory, Map.of());
    }

    /**
     * What one run did.
     *
     * @param exitCode its exit code
     * @param out      its standard output
     * @param err      its standard error
     */
    record Run(int exitCode, String out, String err) {
        /** Both outputs, for assertion messages. */
        String all() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(environment).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
