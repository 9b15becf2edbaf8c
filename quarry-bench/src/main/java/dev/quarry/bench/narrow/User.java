package dev.quarry.bench.narrow;

/**
 * One row of the narrow benchmark tables ({@code users}, {@code users_insert}, {@code users_stream}): only cheap
 * column types, so a library's own per-row cost is not hidden behind the driver's decimal or timestamp conversions.
 *
 * @param id        the primary key, assigned by the application
 * @param name      a short text
 * @param email     a short text
 * @param age       an int
 * @param createdAt epoch milliseconds
 */
public record User(int id, String name, String email, int age, long createdAt) {

    /** The row with key {@code id} as the fixture writes it: the same data for every library and database. */
    public static User of(int id) {
        return new User(id, "user-" + id, "user" + id + "@example.org", 18 + id % 60, 1_700_000_000_000L + id * 1000L);
    }

    /** This row with its name, age and time changed, as the update benchmark writes it in round {@code round}. */
    public User changed(int round) {
        return new User(id, name + "-r" + round, email, age + round % 7, createdAt + round);
    }
}
