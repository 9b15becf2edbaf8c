package dev.quarry.bench.model;

/**
 * One row of the join benchmark: a {@code bench_row} joined with its {@code bench_tag}.
 *
 * @param id    the row's key
 * @param name  the row's name
 * @param price the row's price
 * @param label the tag's label
 */
public record JoinRow(long id, String name, double price, String label) {
}
