package dev.quarry.query;

/** The comparison operators. */
public enum CompareOperator {
    EQ, NE, LT, LE, GT, GE
}
