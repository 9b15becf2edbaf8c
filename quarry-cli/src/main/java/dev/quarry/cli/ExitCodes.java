package dev.quarry.cli;

/** The exit codes of {@code quarry}, documented in docs/cli.md. */
final class ExitCodes {
    /** Done; for {@code check} and {@code lint}: nothing found. */
    static final int OK = 0;
    /** {@code check} found drift, or {@code lint} found a change to review. */
    static final int FOUND = 1;
    /** The command line or its input was wrong: an unknown option, a missing URL, no tables on the class path. */
    static final int USAGE = 2;
    /** The database or a migration failed: no connection, a failed or refused migration. */
    static final int FAILURE = 3;

    private ExitCodes() {
    }
}
