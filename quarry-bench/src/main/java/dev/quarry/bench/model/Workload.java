package dev.quarry.bench.model;

import java.util.List;
import java.util.function.Consumer;

/**
 * The six benchmark operations, implemented once per library the way that library's documentation recommends.
 * One instance serves one benchmark trial on one database, on one thread: implementations need not be
 * thread-safe. The tables exist and are filled before a workload opens (see {@link Fixture}).
 *
 * <p>Reads return each library's own mapped objects (records, or entities for Hibernate); {@link #asRow(Object)}
 * turns one into a {@link BenchRow} so the benchmarks can check, outside the measurement, that every library
 * returns what raw JDBC returns.
 */
public interface Workload extends AutoCloseable {

    /** Inserts {@code rows} into {@code bench_insert} in one transaction, in the library's best batch form. */
    void insert(List<BenchRow> rows);

    /** Reads the {@code bench_row} with key {@code id}, mapped. */
    Object findById(long id);

    /** Reads all 10,000 rows of {@code bench_row} into a list, mapped. */
    List<?> readAll();

    /** Writes every non-key column of {@code rows} to {@code bench_row} by primary key, in one transaction. */
    void update(List<BenchRow> rows);

    /** The 100 rows of {@code bench_row} whose tag is in {@code category}, with the tag's label, ordered by id. */
    List<JoinRow> join(int category);

    /**
     * Streams every row of {@code bench_stream} (1,000,000) into {@code sink}, mapped, without holding them all in
     * memory; returns how many rows it read.
     */
    long stream(Consumer<Object> sink);

    /** The {@link BenchRow} that one of this library's mapped objects holds. */
    default BenchRow asRow(Object mapped) {
        return (BenchRow) mapped;
    }

    @Override
    void close();
}
