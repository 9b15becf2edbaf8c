package dev.quarry.schema;

/**
 * The portable column types. Each dialect states how it stores each one; see {@code docs/types.md}.
 */
public enum SqlType {
    BOOLEAN, SHORT, INT, LONG, FLOAT, DOUBLE, DECIMAL,
    STRING, BYTES, UUID, JSON, ENUM,
    INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, LOCAL_TIME, OFFSET_DATE_TIME
}
