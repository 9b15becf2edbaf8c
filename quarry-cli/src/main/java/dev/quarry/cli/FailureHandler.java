package dev.quarry.cli;

import dev.quarry.error.QuarryException;
import dev.quarry.migrate.DestructiveChangeException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns what went wrong into one message on standard error and an exit code ({@link ExitCodes}), with every secret
 * of the run masked ({@link Secrets}). A stack trace is printed only with {@code QUARRY_DEBUG=1}, masked too.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final QuarryCommand root;

    FailureHandler(QuarryCommand root) {
        this.root = root;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("quarry: " + root.secrets().redact(e.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        }
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof ParameterException p) {
            return handleParseException(p, parsed.originalArgs().toArray(String[]::new));
        }
        PrintWriter err = cmd.getErr();
        int code;
        String message;
        if (e instanceof UsageException) {
            code = ExitCodes.USAGE;
            message = e.getMessage();
        } else if (e instanceof DestructiveChangeException d) {
            code = ExitCodes.FAILURE;
            message = "the migration can lose data; nothing was written or run:\n  " + String.join("\n  ", d.changes())
                    + "\nConfirm with --allow-data-loss";
        } else if (e instanceof QuarryException || e instanceof UncheckedIOException) {
            code = ExitCodes.FAILURE;
            message = withCauses(e);
        } else {
            code = ExitCodes.FAILURE;
            message = "unexpected " + e.getClass().getName() + ": " + withCauses(e);
        }
        err.println("quarry: " + root.secrets().redact(message));
        if ("1".equals(root.environment().variable("QUARRY_DEBUG"))) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.println(root.secrets().redact(trace.toString()));
        }
        err.flush();
        return code;
    }

    /** The message and, where they add to it, the messages of its causes: a driver's reason is often the cause's. */
    private static String withCauses(Throwable e) {
        StringBuilder b = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            String m = c.getMessage();
            if (m != null && !b.toString().contains(m)) {
                b.append("\n  caused by: ").append(m);
            }
        }
        return b.toString();
    }
}
