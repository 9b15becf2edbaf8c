package dev.quarry.query;

/** Four selected values. @param v1 the first @param v2 the second @param v3 the third @param v4 the fourth */
public record Tuple4<A, B, C, D>(A v1, B v2, C v3, D v4) {
}
