package dev.quarry.error;

/** The database cannot do what was asked (for example UPDATE ... RETURNING on MariaDB); the message says what. */
public class UnsupportedFeatureException extends QuarryException {
    public UnsupportedFeatureException(String message) {
        super(message);
    }
}
