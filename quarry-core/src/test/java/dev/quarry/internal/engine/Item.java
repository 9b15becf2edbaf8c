package dev.quarry.internal.engine;

/** A row of the engine tests' table. */
record Item(long id, String name) {
}
