package dev.quarry.bench.model;

/**
 * One row of the five-column benchmark tables ({@code bench_row}, {@code bench_insert}, {@code bench_stream}).
 *
 * @param id        the primary key, assigned by the application
 * @param name      a short text
 * @param quantity  an int
 * @param price     a double (values are binary fractions, so every database returns them exactly)
 * @param createdAt epoch milliseconds
 */
public record BenchRow(long id, String name, int quantity, double price, long createdAt) {

    /** The row with key {@code id} as the fixture writes it: the same data for every library and database. */
    public static BenchRow of(long id) {
        return new BenchRow(id, "name-" + id, (int) (id % 1000), (id % 4000) * 0.25, 1_700_000_000_000L + id * 1000);
    }

    /** This row with every non-key column changed, as the update benchmark writes it in round {@code round}. */
    public BenchRow changed(int round) {
        return new BenchRow(id, "name-" + id + "-r" + round, quantity + round, price + 0.5, createdAt + round);
    }
}
