package dev.quarry.query;

/** Five selected values, {@code v1} to {@code v5}. */
public record Tuple5<A, B, C, D, E>(A v1, B v2, C v3, D v4, E v5) {
}
