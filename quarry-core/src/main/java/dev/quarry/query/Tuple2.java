package dev.quarry.query;

/** Two selected values. @param v1 the first @param v2 the second */
public record Tuple2<A, B>(A v1, B v2) {
}
