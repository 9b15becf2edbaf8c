package dev.quarry.internal.dialect.codec;

import dev.quarry.schema.DataType;

/**
 * Refuses Java strings that are not well-formed UTF-16, that is, hold a surrogate without its partner. All three
 * drivers send text as UTF-8, and the JDK's encoder replaces such a surrogate with {@code '?'}: the database would
 * store a different string than the one written, and a comparison would match rows it should not. One pass over
 * the characters, which only branches when it meets a surrogate.
 */
public final class WellFormedText {
    private WellFormedText() {
    }

    /** Throws {@link dev.quarry.error.InvalidValueException} if {@code s} holds an unpaired surrogate. */
    public static void require(String database, DataType<?> type, String s) {
        int at = unpairedSurrogate(s);
        if (at >= 0) {
            throw ValueRejection.invalid(database, type, s, String.format(
                    "it is not valid Unicode: the lone surrogate U+%04X at index %d would be stored as '?'",
                    (int) s.charAt(at), at));
        }
    }

    /** The index of the first surrogate in {@code s} without its partner, or -1. */
    static int unpairedSurrogate(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
