package dev.quarry.migrate;

import dev.quarry.error.QuarryException;
import java.sql.SQLException;
import java.util.List;

/**
 * A statement of a migration failed on a database whose DDL cannot be rolled back (MariaDB commits each DDL
 * statement): the statements before it stay applied. The message says which ran and which did not.
 */
public class MigrationFailedException extends QuarryException {
    private final int failedStatement;

    MigrationFailedException(int failed, List<String> statements, SQLException cause) {
        super("statement " + (failed + 1) + " of " + statements.size() + " failed (" + cause.getMessage() + "); "
                + (failed == 0 ? "none ran before it" : "statements 1 to " + failed + " ran and stay applied, since"
                + " this database commits each DDL statement") + ". Failed: " + statements.get(failed),
                statements.get(failed), cause);
        this.failedStatement = failed;
    }

    /** The index (from 0) of the statement that failed; the ones before it ran. */
    public int failedStatement() {
        return failedStatement;
    }
}
