package dev.quarry.query;

/** Where NULLs sort. {@link #DEFAULT} leaves it to the database (which differ: see the DSL reference). */
public enum NullOrder {
    DEFAULT, FIRST, LAST
}
