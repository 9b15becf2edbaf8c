package dev.quarry.query;

/**
 * One ORDER BY term.
 *
 * @param expression the sorted expression
 * @param descending whether descending
 * @param nulls      where NULLs go; FIRST and LAST are emulated where the database lacks them
 * @param <T>        the expression's type
 */
public record SortField<T>(Expression<T> expression, boolean descending, NullOrder nulls) {
    /** This order with NULLs first, on every database. */
    public SortField<T> nullsFirst() {
        return new SortField<>(expression, descending, NullOrder.FIRST);
    }

    /** This order with NULLs last, on every database. */
    public SortField<T> nullsLast() {
        return new SortField<>(expression, descending, NullOrder.LAST);
    }
}
