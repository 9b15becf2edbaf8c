package dev.quarry.error;

/**
 * The root of every exception Quarry throws. Unchecked. Subtypes say what a caller can act on; the SQL that failed,
 * when there is one, is in {@link #sql()} (bound values are never part of the message unless value logging is on).
 */
public class QuarryException extends RuntimeException {
    /** The statement that failed, or null. */
    private final String sql;

    /** With {@code message}, the whole of what the caller is told. */
    public QuarryException(String message) {
        this(message, null, null);
    }

    /** With {@code message} and the exception that caused it. */
    public QuarryException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** With {@code message}, the SQL that failed (or null) and the driver's exception (or null). */
    public QuarryException(String message, String sql, Throwable cause) {
        super(sql == null ? message : message + "\n  SQL: " + sql, cause);
        this.sql = sql;
    }

    /** The statement that failed, or null. */
    public String sql() {
        return sql;
    }

    /**
     * Whether running the same work again may succeed (busy database, serialization failure, deadlock, a connection
     * lost before anything was committed, an unreachable server). False for a connection lost during a commit
     * ({@link CommitOutcomeUnknownException}): the work may have landed.
     */
    public boolean isRetryable() {
        return false;
    }
}
