package dev.quarry.schema;

/**
 * The portable column types. Each dialect states how it stores each one; see {@code docs/types.md}. {@link #NATIVE}
 * is the exception: a type of one database that none of the portable types describes, kept by its name (see
 * {@link DataType#ofNative(String)}).
 */
public enum SqlType {
    BOOLEAN, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL,
    STRING, BYTES, UUID, JSON, ENUM,
    INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, LOCAL_TIME, OFFSET_DATE_TIME,
    /**
     * A database's own type that no portable type describes (PostgreSQL's {@code inet}, MariaDB's
     * {@code mediumint(9)}, SQLite's {@code NUMERIC} without a precision), as introspection reads it. Its name is in
     * {@link DataType#nativeType()}; values pass to and from the driver as they are ({@code Object}), and DDL writes
     * the name as it is. Not portable: a table with such a column runs on the database it was read from.
     */
    NATIVE
}
