package dev.quarry.bench.narrow;

import dev.quarry.bench.model.BenchDb;

/**
 * Opens the variant a narrow benchmark's {@code variant} parameter names: {@code jdbc} (statements cached,
 * batches of 1,000), {@code jdbc_b100} / {@code jdbc_b500} / {@code jdbc_b1000} (the same, batches of that many
 * rows: the best is the baseline of each write), {@code jdbc_plain} (a statement prepared per call, one batch),
 * {@code quarry} / {@code quarry_adhoc} / {@code quarry_batch} (see {@link NarrowQuarry}), {@code jooq},
 * {@code hibernate}, {@code jdbi}, {@code mybatis} (batches of {@value #PEER_BATCH} rows).
 */
public final class NarrowVariants {
    /** The peers' batch size: what their guides show, and what the existing benchmarks give them. */
    static final int PEER_BATCH = 1_000;

    private NarrowVariants() {
    }

    public static NarrowWorkload open(String variant, BenchDb db) {
        return switch (variant) {
            case "jdbc", "jdbc_b1000" -> new NarrowJdbc(db, true, 1_000);
            case "jdbc_b100" -> new NarrowJdbc(db, true, 100);
            case "jdbc_b500" -> new NarrowJdbc(db, true, 500);
            case "jdbc_plain" -> new NarrowJdbc(db, false, 0);
            case "quarry" -> new NarrowQuarry(db, false, false);
            case "quarry_adhoc" -> new NarrowQuarry(db, true, false);
            case "quarry_batch" -> new NarrowQuarry(db, false, true);
            case "jooq" -> new NarrowJooq(db, PEER_BATCH);
            case "hibernate" -> new NarrowHibernate(db, PEER_BATCH);
            case "jdbi" -> new NarrowJdbi(db, PEER_BATCH);
            case "mybatis" -> new NarrowMyBatis(db, PEER_BATCH);
            default -> throw new IllegalArgumentException("unknown narrow variant '" + variant + "'");
        };
    }
}
