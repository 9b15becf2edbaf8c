package dev.quarry.error;

/**
 * No connection to the database server could be opened within the acquire timeout because the server did not
 * answer or refused (it is down, restarting, or not reachable over the network). The message names the server's
 * host and port and the pool's counts. Nothing was sent, so nothing was written. Retryable: run the work again once
 * the server is back; the same database handle reconnects by itself.
 */
public class ServerUnreachableException extends TransientException {
    /** With {@code message} and the exception that caused it. */
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, null, cause);
    }
}
