package dev.quarry.studio;

/**
 * A request the Studio cannot serve as asked: an unknown table or column, a value that is not of its column's type,
 * an operator a column does not take. Its message names what was wrong and goes to the page as it is, so it never
 * holds a secret.
 */
final class BadRequestException extends RuntimeException {
    BadRequestException(String message) {
        super(message);
    }

    BadRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
