package dev.quarry.query;

/** What may follow FROM or JOIN: a {@link Table} or a {@link DerivedTable}. */
public sealed interface FromItem permits Table, DerivedTable {
    /** The names of the columns it offers. */
    String[] columnNames();
}
