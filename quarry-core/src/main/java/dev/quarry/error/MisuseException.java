package dev.quarry.error;

/**
 * The API was used in a way it does not allow: a closed database, a stream read after it was closed, a write in a
 * read-only transaction, a detached query executed. A bug in the calling code, not in the data.
 */
public class MisuseException extends QuarryException {
    /** With {@code message}, the whole of what the caller is told. */
    public MisuseException(String message) {
        super(message);
    }

    /** With {@code message} and the exception that caused it. */
    public MisuseException(String message, Throwable cause) {
        super(message, cause);
    }
}
