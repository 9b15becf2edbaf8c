package dev.quarry.bench.report;

/** The fixed text of the report: how to run, what each library does, how to read the tables. */
final class Prose {
    private Prose() {
    }

    static final String HOW_TO_RUN = """
            ## How to run

            ```
            bench/run                      # full run on SQLite and PostgreSQL (about 20 minutes on 2 cores)
            bench/run --db all             # and MariaDB (about 10 minutes more)
            bench/run --smoke              # every trial once, 1 s, no warmup: proves it runs end to end
            bench/run --db sqlite --only 'PointRead|Join'   # a subset (JMH regex)
            ```

            It needs Java 17 and Maven; PostgreSQL on 127.0.0.1:5432 (user postgres, database `test`; the benchmarks
            work in schema `quarry_bench`) and MariaDB on 127.0.0.1:3306 (root, no password; database
            `quarry_bench`), or `QUARRY_PG_URL` / `QUARRY_MYSQL_URL`. SQLite files go to `$QUARRY_BENCH_DIR`
            (`bench/run` sets it to `quarry-bench/target/bench-data`). Raw results stay in
            `quarry-bench/target/jmh/` (`results.json`, `jmh.log`).

            """;

    static final String WORKLOADS = """
            ## What is measured

            Every trial (one library, one operation, one database) runs in its own JVM. Its setup drops, creates
            and fills the tables with the same data through plain JDBC (10,000 rows of
            `bench_row(id, name, quantity, price, created_at)`, one `bench_tag` per row in 100 categories, and a
            1,000,000-row `bench_stream` kept between trials), opens the library, and checks that the library's
            result for one sample equals raw JDBC's (rows read, rows written, the stream's count and sums), so no
            library is measured doing less work. Random keys come from a fixed-seed generator: every library reads
            the same keys in the same order.

            | library | how it is used |
            | --- | --- |
            | raw JDBC | the baseline, as an expert writes it: one connection for the trial, every statement prepared once and reused, batches flushed every 1,000 rows, columns read by index, fetch size 1,000 for streaming in a transaction |
            | Quarry | public API only: hand-written table classes (the processor's shape), prepared queries (`select.prepare()`, run with new values) and, for the point read and the join, also ad hoc (the select built with the value and run by `fetchOne()` / `fetch()` each call: rendered per call, the form most code starts with), `insertInto(T).values(list)` (multi-row) and `.batch(list)` (JDBC batch), measured both; updates with `update(T).setRecords(list)` (one JDBC batch) in `db.transaction`; `selectFrom(T).stream()` |
            | jOOQ | DSL with tables and fields declared by name, `Records.mapping(BenchRow::new)`, `batch(query).bind(...)` per 1,000 rows, `fetchSize(1000).fetchStream()` in a transaction, execute logging off; HikariCP pool |
            | Hibernate | `StatelessSession` for every operation, `hibernate.jdbc.batch_size=1000`, assigned ids; entities for reads, `select new JoinRow(...)` for the join, `getResultStream()` with fetch size 1,000; HikariCP pool |
            | JDBI | fluent API, a handle per unit of work (`withHandle` / `useTransaction`), `ConstructorMapper` into the records, `PreparedBatch` per 1,000 rows, `stream()` with fetch size 1,000 in a transaction; HikariCP pool |

            All libraries get the same JDBC URL and driver flags: SQLite in WAL with `synchronous=NORMAL` (Quarry's
            defaults, which Quarry sets itself), pgjdbc with `reWriteBatchedInserts=true`, MariaDB Connector/J with
            `useBulkStmts=true`.

            """;

    static final String READING = """
            "failed" means the trial did not produce a result (see Failed trials below). × JDBC above 1.00 means
            faster than raw JDBC: for times it is JDBC's time divided by the library's, for throughput the
            library's ops/s divided by JDBC's. ± is JMH's 99.9 % confidence half-width, as a share of the score.

            """;

    static final String HEAP = """
            The most heap left live after any garbage collection during a measured iteration (flat, a few MB, when
            the library streams; growing toward the 256 MB limit when it holds rows), and the old generation's
            peak.

            """;

    static final String TARGETS = """
            Targets: point read, 10,000-row read and join at least 0.95 × raw JDBC; batch insert and update at least
            1.00 × raw JDBC; ahead of jOOQ, Hibernate and JDBI everywhere; streaming heap flat (see the heap table).
            Insert counts Quarry's faster form. Reported, never enforced by a test.

            """;
}
