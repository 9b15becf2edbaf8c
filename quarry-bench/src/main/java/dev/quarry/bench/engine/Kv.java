package dev.quarry.bench.engine;

/** A row of the mixed workload's table: a key, a text value, a counter. */
public record Kv(long id, String val, long n) {
}
