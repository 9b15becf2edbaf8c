package dev.quarry.query;

/** Six selected values, {@code v1} to {@code v6}. */
public record Tuple6<A, B, C, D, E, F>(A v1, B v2, C v3, D v4, E v5, F v6) {
}
