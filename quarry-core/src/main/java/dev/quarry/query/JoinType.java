package dev.quarry.query;

/** The join kinds. */
public enum JoinType {
    INNER, LEFT
}
