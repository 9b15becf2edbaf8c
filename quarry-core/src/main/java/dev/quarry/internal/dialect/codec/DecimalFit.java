package dev.quarry.internal.dialect.codec;

import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Fits a {@link BigDecimal} to a {@code DECIMAL(p, s)} column without changing its value: more digits after the
 * point than {@code s} would be rounded by the database, more than {@code p - s} before it would overflow. Either
 * is rejected. Trailing zeros past the scale are dropped (1.50 fits a scale of 1), since that keeps the value.
 */
public final class DecimalFit {
    private DecimalFit() {
    }

    /** {@code value} at the column's scale; throws if that would change it or it has too many integer digits. */
    public static BigDecimal toColumnScale(String database, DataType<?> type, BigDecimal value) {
        BigDecimal scaled;
        if (value.scale() == type.scale()) {
            scaled = value;
        } else {
            try {
                scaled = value.setScale(type.scale(), RoundingMode.UNNECESSARY);
            } catch (ArithmeticException roundingNeeded) {
                throw ValueRejection.invalid(database, type, value, "it has " + value.stripTrailingZeros().scale()
                        + " digits after the point and the column keeps " + type.scale()
                        + " (the database would round it)");
            }
        }
        int integerDigits = Math.max(0, scaled.precision() - scaled.scale());
        int allowed = type.precision() - type.scale();
        if (integerDigits > allowed) {
            throw ValueRejection.invalid(database, type, value, "it has " + integerDigits
                    + " digits before the point and the column allows " + allowed);
        }
        return scaled;
    }

    /** A value read back from the database, at the column's scale; throws if it has more decimals than that. */
    public static BigDecimal fromColumn(String database, DataType<?> type, BigDecimal stored) {
        if (stored.scale() == type.scale()) {
            return stored;
        }
        try {
            return stored.setScale(type.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException roundingNeeded) {
            throw ValueRejection.unreadable(database, type, stored,
                    "it has more digits after the point than the column's scale " + type.scale()
                            + " (written by other code?)");
        }
    }
}
