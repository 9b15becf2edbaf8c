package dev.quarry.examples.auth;

/** A refused auth operation; {@link #reason()} says which kind, the message says it in words. */
public final class AuthException extends RuntimeException {
    /** Why an auth operation was refused. */
    public enum Reason { DUPLICATE_EMAIL, INVALID_CREDENTIALS, INVALID_SESSION }

    private final Reason reason;

    public AuthException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
