package dev.quarry.error;

/** The database cannot do what was asked (for example UPDATE ... RETURNING on MariaDB); the message says what. */
public class UnsupportedFeatureException extends QuarryException {
    /** With {@code message}, the whole of what the caller is told. */
    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
