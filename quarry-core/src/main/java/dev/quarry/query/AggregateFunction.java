package dev.quarry.query;

/** The aggregate functions. */
public enum AggregateFunction {
    COUNT, SUM, AVG, MIN, MAX
}
