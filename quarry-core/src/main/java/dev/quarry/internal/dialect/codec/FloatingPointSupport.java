package dev.quarry.internal.dialect.codec;

/**
 * Which IEEE 754 special values a database stores exactly in its {@code REAL}/{@code DOUBLE} columns. The others
 * are rejected before sending, since the database would change them.
 */
public enum FloatingPointSupport {
    /** PostgreSQL keeps NaN, both infinities and -0.0 (https://www.postgresql.org/docs/current/datatype-numeric.html). */
    ALL(true, true, true),
    /**
     * SQLite stores NaN as NULL (https://www.sqlite.org/floatingpoint.html) and, since a REAL without a fraction is
     * written to disk as an integer (https://www.sqlite.org/datatype3.html section 3.1), reads -0.0 back as 0.0.
     * Infinities survive.
     */
    INFINITIES_ONLY(false, true, false),
    /**
     * MariaDB refuses NaN and infinities in FLOAT/DOUBLE columns and returns -0.0 as 0.0
     * (https://mariadb.com/kb/en/double/).
     */
    FINITE_ONLY(false, false, false);

    private final boolean nan;
    private final boolean infinity;
    private final boolean negativeZero;

    FloatingPointSupport(boolean nan, boolean infinity, boolean negativeZero) {
        this.nan = nan;
        this.infinity = infinity;
        this.negativeZero = negativeZero;
    }

    /** Why {@code d} cannot be stored, or null when it can. */
    String problem(double d) {
        if (Double.isNaN(d)) {
            return nan ? null : "this database does not store NaN";
        }
        if (Double.isInfinite(d)) {
            return infinity ? null : "this database does not store infinities";
        }
        if (d == 0.0 && !negativeZero && Double.doubleToRawLongBits(d) != 0L) {
            return "this database returns -0.0 as 0.0; write 0.0";
        }
        return null;
    }
}
