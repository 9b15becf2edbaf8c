package dev.quarry.internal.engine;

import java.sql.SQLException;

/**
 * Stands in for an exception whose message showed a password (see {@link Secrets}): the original's class name, its
 * message with the password masked, its SQLState, vendor code and stack trace. A {@link SQLException} whatever the
 * original was, so it can take a driver exception's place wherever one is expected (HikariCP's pool, a dialect's
 * error translation, which read the SQLState and vendor code). Immutable once {@link Secrets} has linked its cause.
 */
final class RedactedSqlException extends SQLException {
    private static final long serialVersionUID = 1L;
    private final String originalClass;

    RedactedSqlException(String originalClass, String message, String sqlState, int vendorCode) {
        super(message, sqlState, vendorCode);
        this.originalClass = originalClass;
    }

    /** The class of the exception this stands in for, e.g. {@code org.postgresql.util.PSQLException}. */
    String originalClass() {
        return originalClass;
    }

    /** As the original's would read, with the password masked and a note saying so. */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return originalClass + " (password masked by Quarry)" + (message == null ? "" : ": " + message);
    }
}
