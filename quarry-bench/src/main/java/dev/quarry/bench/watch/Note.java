package dev.quarry.bench.watch;

/** A row of the watch benchmark's tables: a key and a number. */
public record Note(long id, long n) {
}
