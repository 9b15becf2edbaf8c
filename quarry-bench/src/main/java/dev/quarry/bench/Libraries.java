package dev.quarry.bench;

import dev.quarry.bench.hibernate.HibernateWorkload;
import dev.quarry.bench.jdbc.JdbcWorkload;
import dev.quarry.bench.jdbi.JdbiWorkload;
import dev.quarry.bench.jooq.JooqWorkload;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.model.Workload;
import dev.quarry.bench.quarry.QuarryWorkload;

/** Opens the workload a benchmark's {@code library} parameter names. */
final class Libraries {
    private Libraries() {
    }

    static Workload open(String library, BenchDb db) {
        return switch (library) {
            case "jdbc" -> new JdbcWorkload(db);
            case "quarry" -> new QuarryWorkload(db, QuarryWorkload.InsertForm.VALUES);
            case "quarry_adhoc" -> new QuarryWorkload(db, QuarryWorkload.InsertForm.VALUES, true);
            case "quarry_batch" -> new QuarryWorkload(db, QuarryWorkload.InsertForm.BATCH);
            case "jooq" -> new JooqWorkload(db);
            case "hibernate" -> new HibernateWorkload(db);
            case "jdbi" -> new JdbiWorkload(db);
            default -> throw new IllegalArgumentException("unknown library '" + library + "'");
        };
    }
}
