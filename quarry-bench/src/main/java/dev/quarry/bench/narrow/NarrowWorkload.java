package dev.quarry.bench.narrow;

import java.util.List;
import java.util.function.Consumer;

/**
 * The narrow-row operations, implemented once per library and form. One instance serves one trial on one
 * database, on one thread: not thread-safe. The tables exist and are filled before it opens ({@link NarrowFixture}).
 * Reads return each library's mapped objects; {@link #asUser(Object)} turns one into a {@link User} so the
 * benchmarks can check, outside the measurement, that every variant returns what raw JDBC returns.
 */
public interface NarrowWorkload extends AutoCloseable {

    /** Inserts {@code rows} into {@code users_insert} in one transaction. */
    void insert(List<User> rows);

    /** The {@code users} row with key {@code id}, mapped. */
    Object findById(int id);

    /** All {@value NarrowFixture#ROWS} rows of {@code users}, mapped, in a list. */
    List<?> readAll();

    /** Writes every non-key column of {@code rows} to {@code users} by key, in one transaction. */
    void update(List<User> rows);

    /** The users whose tag is in {@code category}, with the tag's label, ordered by id. */
    List<UserJoin> join(int category);

    /** Streams every row of {@code users_stream} into {@code sink}, mapped; returns how many. */
    long stream(Consumer<Object> sink);

    /** The {@link User} one of this variant's mapped objects holds. */
    default User asUser(Object mapped) {
        return (User) mapped;
    }

    @Override
    void close();
}
