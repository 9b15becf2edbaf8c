package dev.quarry.migrate;

import dev.quarry.error.QuarryException;

/**
 * A migration run refused to start or a migration failed; the message says what was found, what ran, and how to
 * fix it. Refusals (an applied file changed or missing, an irreversible down step, a lock not obtained) ran nothing.
 */
public class MigrationException extends QuarryException {

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, String sql, Throwable cause) {
        super(message, sql, cause);
    }
}
