package dev.quarry.query;

/** Three selected values. @param v1 the first @param v2 the second @param v3 the third */
public record Tuple3<A, B, C>(A v1, B v2, C v3) {
}
