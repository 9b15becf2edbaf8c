package dev.quarry.internal.dialect.sqlite;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.codec.DecimalFit;
import dev.quarry.internal.dialect.codec.ValueRejection;
import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code DECIMAL(p, s)} in a column of NUMERIC affinity. SQLite has no exact decimal type: NUMERIC affinity turns
 * a number with a fraction into an 8-byte REAL, and "only the first 15 significant decimal digits of the number
 * are preserved" (https://www.sqlite.org/datatype3.html section 3). So:
 *
 * <ul>
 *   <li>a value with no fraction that fits in a {@code long} is bound as an INTEGER, which is exact;
 *   <li>any other value with at most 15 significant digits is bound as the REAL nearest to it, which reads back
 *       as the same digits. Not as text: a column's NUMERIC affinity would turn text into that REAL too, but where
 *       no affinity applies (an aggregate compared with a value, {@code sum(x) > ?}; {@code max(x, ?)}) SQLite
 *       compares a number with text by storage class, and every text is greater than every number
 *       (https://www.sqlite.org/datatype3.html section 4.2);
 *   <li>anything else cannot be stored exactly and is rejected.
 * </ul>
 *
 * Values are read with {@code getString} (the stored INTEGER or REAL as SQLite renders it), never
 * {@code getBigDecimal} on a double, rounded to the 15 digits a REAL keeps, and returned at the column's scale.
 * Stateless.
 */
enum SqliteDecimalCodec implements TypeCodec {
    INSTANCE;

    private static final int REAL_DIGITS = 15;
    private static final MathContext REAL_PRECISION = new MathContext(REAL_DIGITS);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        BigDecimal scaled = DecimalFit.toColumnScale("SQLite", type, (BigDecimal) value);
        BigDecimal stripped = scaled.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.compareTo(LONG_MIN) >= 0 && stripped.compareTo(LONG_MAX) <= 0) {
            ps.setLong(index, stripped.longValueExact());
        } else if (stripped.precision() <= REAL_DIGITS) {
            ps.setDouble(index, stripped.doubleValue()); // correctly rounded: at most 15 digits over a power of ten
        } else {
            throw ValueRejection.invalid("SQLite", type, value, "SQLite stores decimals with a fraction (or beyond"
                    + " the range of a 64-bit integer) as REAL, which keeps only 15 significant digits, and this"
                    + " value has " + stripped.precision() + " (https://www.sqlite.org/datatype3.html)");
        }
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.NUMERIC);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        String text = rs.getString(index);
        if (text == null) {
            return null;
        }
        BigDecimal stored;
        try {
            stored = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw ValueRejection.unreadable("SQLite", type, text, "it is not a number");
        }
        if (isRealText(text)) {
            // A REAL may render with up to 17 digits (0.1 + 0.2 as 0.30000000000000004); only 15 are meaningful.
            stored = stored.round(REAL_PRECISION);
        }
        return DecimalFit.fromColumn("SQLite", type, stored);
    }

    private static boolean isRealText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return true;
            }
        }
        return false;
    }
}
