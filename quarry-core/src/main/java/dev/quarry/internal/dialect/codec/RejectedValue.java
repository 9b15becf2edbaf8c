package dev.quarry.internal.dialect.codec;

import dev.quarry.error.InvalidValueException;

/**
 * A value a codec refused, before the engine knows which column it was for. Its own message names the type and why,
 * never the value (a refused value is often a secret: a password in too short a column); the engine, which knows the
 * statement's target column and whether value logging is on, turns it into the message the caller sees with
 * {@link #forColumn}.
 */
public final class RejectedValue extends InvalidValueException {
    private final String database;
    private final String type;
    private final transient Object value;
    private final String why;

    RejectedValue(String database, String type, Object value, String why) {
        super("Cannot store a value in a " + type + " column on " + database + ": " + why + ". Nothing was written.");
        this.database = database;
        this.type = type;
        this.value = value;
        this.why = why;
    }

    /**
     * The exception a caller sees: it names {@code column} ({@code table.column}, or null when the value was not
     * for a column, a comparison's operand say) and shows the value only when {@code showValue} (value logging on).
     */
    public InvalidValueException forColumn(String column, boolean showValue) {
        String target = column == null ? "a " + type + " value" : "the value for column " + column + " (" + type + ")";
        return new InvalidValueException("Cannot store " + target + " on " + database + ": " + why
                + ". Nothing was written." + (showValue ? " The value: " + ValueRejection.shown(value) + "." : ""),
                null, this);
    }
}
