package dev.quarry.internal.dialect.sqlite;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.SQLException;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.Codes;

/**
 * {@code quarry_round(x, digits, decimal)}: {@code x} rounded to {@code digits} after the point (negative: tens,
 * hundreds...), half away from zero, as PostgreSQL's and MariaDB's {@code round} of a decimal is. SQLite's own
 * {@code round} rounds the binary value of a REAL (2.675 is stored as 2.67499999999999982236431605997495353221893310546875
 * and rounds to 2.67) and ignores a negative {@code digits} (https://www.sqlite.org/lang_corefunc.html#round).
 *
 * <p>With {@code decimal} 1, a REAL is read as its 15 significant digits, what {@link SqliteDecimalCodec} reads it
 * as, and a whole result is returned as an INTEGER; with 0 (a double), a REAL is read as its shortest decimal form
 * ({@link BigDecimal#valueOf(double)}) and the result is a REAL. NULL stays NULL; NaN and infinities stay.
 * Registered under Quarry's own name, so SQLite's {@code round} keeps its meaning for SQL not written by Quarry.
 * Stateless; deterministic.
 */
final class SqliteRound extends Function {
    /** The SQL name. */
    static final String NAME = "quarry_round";
    private static final MathContext REAL_DIGITS = new MathContext(15);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    static void register(SQLiteConnection c) throws SQLException {
        SqliteConnectionSetup.register(c, NAME, new SqliteRound(), 3);
    }

    @Override
    protected void xFunc() throws SQLException {
        int type = value_type(0);
        if (type == Codes.SQLITE_NULL || value_type(1) == Codes.SQLITE_NULL) {
            result();
            return;
        }
        int digits = value_int(1);
        boolean decimal = value_int(2) != 0;
        BigDecimal value;
        if (type == Codes.SQLITE_INTEGER) {
            value = BigDecimal.valueOf(value_long(0));
        } else {
            double d = value_double(0);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                result(d);
                return;
            }
            value = decimal ? BigDecimal.valueOf(d).round(REAL_DIGITS) : BigDecimal.valueOf(d);
        }
        BigDecimal rounded = value.setScale(digits, RoundingMode.HALF_UP);
        if (decimal && rounded.signum() == 0) {
            result(0L);
        } else if (decimal && rounded.stripTrailingZeros().scale() <= 0 && rounded.compareTo(LONG_MIN) >= 0
                && rounded.compareTo(LONG_MAX) <= 0) {
            result(rounded.longValueExact());
        } else {
            result(rounded.doubleValue());
        }
    }
}
