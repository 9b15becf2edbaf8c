package dev.quarry.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a command reads from outside its arguments: the environment variables and the working directory, against
 * which relative paths resolve. A value, so that tests run the command in-process with an environment of their own.
 *
 * @param variables        the environment variables
 * @param workingDirectory where relative paths start
 */
record Environment(Map<String, String> variables, Path workingDirectory) {
    Environment {
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    /** The process's environment and working directory. */
    static Environment system() {
        return new Environment(System.getenv(), Path.of(""));
    }

    /** The environment of the command line {@code spec} belongs to. */
    static Environment of(CommandSpec spec) {
        return ((QuarryCommand) spec.root().userObject()).environment();
    }

    /** {@code path} against the working directory. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path).normalize();
    }

    /** {@code path} as the user would write it: relative to the working directory when it is inside it. */
    String relative(Path path) {
        Path p = path.toAbsolutePath().normalize();
        return p.startsWith(workingDirectory) ? workingDirectory.relativize(p).toString() : p.toString();
    }

    /** The variable {@code name}, or null when it is unset or empty. */
    String variable(String name) {
        String v = variables.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
