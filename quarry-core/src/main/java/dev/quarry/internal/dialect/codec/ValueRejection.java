package dev.quarry.internal.dialect.codec;

import dev.quarry.error.InvalidValueException;
import dev.quarry.error.QuarryException;
import dev.quarry.schema.DataType;

/**
 * Builds the messages of values Quarry will not write (they would not be stored exactly) and of stored values it
 * cannot read back as the column's Java type. A refused value's message names the type and why, and the column once
 * the engine knows it ({@link RejectedValue#forColumn}); the value itself only with value logging on. A stored value
 * that cannot be read is shown (shortened when long): it is already in the database, and the message is the only way
 * to find it.
 */
public final class ValueRejection {
    /** Longer values are cut in messages, so a 100k-character string does not flood a log. */
    static final int MAX_SHOWN = 60;

    private ValueRejection() {
    }

    /** The exception for {@code value}, which a column of {@code type} on {@code database} cannot hold exactly. */
    public static InvalidValueException invalid(String database, DataType<?> type, Object value, String why) {
        return new RejectedValue(database, type.toString(), value, why);
    }

    /** The exception for a stored {@code value} that is not a valid {@code type} (written by other code). */
    public static QuarryException unreadable(String database, DataType<?> type, Object value, String why) {
        return new QuarryException("Cannot read " + shown(value) + " from a " + type + " column on " + database + ": "
                + why + ".");
    }

    /** {@code value} as a message shows it: quoted if text, cut to about {@value #MAX_SHOWN} characters. */
    public static String shown(Object value) {
        String text = value instanceof byte[] ? ((byte[]) value).length + " bytes" : String.valueOf(value);
        if (text.length() > MAX_SHOWN) {
            int cut = MAX_SHOWN;
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--; // never split a supplementary character in half
            }
            text = text.substring(0, cut) + "... (" + text.length() + " chars)";
        }
        return value instanceof CharSequence || value instanceof Enum ? "'" + text + "'" : text;
    }
}
