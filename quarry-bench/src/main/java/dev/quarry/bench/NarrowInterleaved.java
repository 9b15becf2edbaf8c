package dev.quarry.bench;

import dev.quarry.bench.model.BenchDb;
import dev.quarry.bench.narrow.NarrowFixture;
import dev.quarry.bench.narrow.NarrowVariants;
import dev.quarry.bench.narrow.NarrowWorkload;
import dev.quarry.bench.narrow.User;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The narrow-row variants of one operation timed in one JVM, against one server state, their order rotated every
 * round. Why it exists: on this 2-core machine a server write's JMH forks differ from each other by up to 0.3 of the
 * same code (docs/BENCHMARKS.md, issue 14), because the database server shares the cores and its state (dirty pages,
 * checkpoints, autovacuum) drifts from fork to fork. Here every variant meets the same drift in turn, so their ratios
 * are comparable where separate forks are not. It measures wall time per operation, the JIT warmed by the first
 * rounds; it is a complement to the JMH benchmarks, not a replacement (one JVM: one JIT outcome per variant).
 *
 * <pre>
 * java -cp quarry-bench/target/benchmarks.jar dev.quarry.bench.NarrowInterleaved postgres update \
 *     jdbc_b500,jdbc_b1000,quarry,quarry_batch,mybatis [rounds] [operations per round]
 * </pre>
 *
 * Operations: {@code update} (1,000 rows by key, one transaction), {@code insert} (10,000 rows, the table emptied
 * before each, outside the timing), {@code point} (read by key). Prints each round, then per variant the median of
 * its rounds (the first {@value #WARMUP_ROUNDS} not counted) and its ratio to the best {@code jdbc*} variant, for
 * wall time and for the calling thread's CPU time (on SQLite that is all the work; on a server, the client's share).
 */
public final class NarrowInterleaved {
    static final int WARMUP_ROUNDS = 2;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private NarrowInterleaved() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: NarrowInterleaved <sqlite|postgres|mariadb> "
                    + "<update|insert|point> <variant,variant,...> [rounds] [operations per round]");
        }
        BenchDb target = BenchDb.of(args[0]);
        String operation = args[1];
        String[] variants = args[2].split(",");
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int perRound = args.length > 4 ? Integer.parseInt(args[4]) : defaultOperations(operation);
        boolean point = operation.equals("point");
        NarrowFixture fixture = new NarrowFixture(target);
        fixture.prepare(false);
        NarrowWorkload[] workloads = new NarrowWorkload[variants.length];
        double[][] perOp = new double[variants.length][rounds];
        double[][] cpuPerOp = new double[variants.length][rounds];
        try (Connection cleaner = target.connect()) {
            for (int i = 0; i < variants.length; i++) {
                workloads[i] = NarrowVariants.open(variants[i], target);
            }
            Operation op = operation(operation, fixture, cleaner);
            for (int r = 0; r < rounds; r++) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "round %2d:", r));
                for (int n = 0; n < variants.length; n++) {
                    int v = (r + n) % variants.length; // each variant takes every place in the order in turn
                    long cpu0 = THREADS.getCurrentThreadCpuTime();
                    perOp[v][r] = op.time(workloads[v], perRound, r);
                    cpuPerOp[v][r] = (THREADS.getCurrentThreadCpuTime() - cpu0) / (point ? 1e3 : 1e6) / perRound;
                    line.append(String.format(Locale.ROOT, " %s=%.3f (cpu %.3f)", variants[v], perOp[v][r],
                            cpuPerOp[v][r]));
                }
                System.out.println(line);
            }
        } finally {
            for (NarrowWorkload w : workloads) {
                if (w != null) {
                    w.close();
                }
            }
        }
        String unit = point ? "us" : "ms";
        report("wall", variants, perOp, unit);
        report("cpu ", variants, cpuPerOp, unit);
    }

    private static int defaultOperations(String operation) {
        return switch (operation) {
            case "update" -> 100;
            case "insert" -> 20;
            case "point" -> 20_000;
            default -> throw new IllegalArgumentException("unknown operation '" + operation + "'");
        };
    }

    /** One operation, timed: the mean wall time of {@code count} runs, in ms (us for the point read). */
    private interface Operation {
        double time(NarrowWorkload w, int count, int round) throws SQLException;
    }

    private static Operation operation(String name, NarrowFixture fixture, Connection cleaner) {
        return switch (name) {
            case "update" -> (w, count, round) -> {
                long total = 0;
                for (int i = 0; i < count; i++) {
                    List<User> rows = changedRows(round * count + i);
                    long t0 = System.nanoTime();
                    w.update(rows);
                    total += System.nanoTime() - t0;
                }
                return total / 1e6 / count;
            };
            case "insert" -> {
                List<User> rows = NarrowFixture.users(NarrowFixture.ROWS);
                yield (w, count, round) -> {
                    long total = 0;
                    for (int i = 0; i < count; i++) {
                        fixture.clearInserted(cleaner);
                        long t0 = System.nanoTime();
                        w.insert(rows);
                        total += System.nanoTime() - t0;
                    }
                    return total / 1e6 / count;
                };
            }
            case "point" -> (w, count, round) -> {
                long t0 = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    if (w.findById(1 + (i * 7_919) % NarrowFixture.ROWS) == null) {
                        throw new IllegalStateException("no row");
                    }
                }
                return (System.nanoTime() - t0) / 1e3 / count;
            };
            default -> throw new IllegalArgumentException("unknown operation '" + name + "'");
        };
    }

    /** 1,000 distinct keys and new values for update number {@code n}, the same for every variant. */
    private static List<User> changedRows(int n) {
        List<User> rows = new ArrayList<>(NarrowFixture.UPDATE_ROWS);
        int start = (int) ((n * 7_919L) % NarrowFixture.ROWS);
        for (int j = 0; j < NarrowFixture.UPDATE_ROWS; j++) {
            rows.add(User.of(1 + (start + j * 10) % NarrowFixture.ROWS).changed(n));
        }
        return rows;
    }

    private static void report(String what, String[] variants, double[][] perOp, String unit) {
        double[] medians = new double[variants.length];
        double best = Double.MAX_VALUE;
        for (int v = 0; v < variants.length; v++) {
            double[] counted = Arrays.copyOfRange(perOp[v], Math.min(WARMUP_ROUNDS, perOp[v].length - 1),
                    perOp[v].length);
            Arrays.sort(counted);
            medians[v] = counted[counted.length / 2];
            if (variants[v].startsWith("jdbc")) {
                best = Math.min(best, medians[v]);
            }
        }
        for (int v = 0; v < variants.length; v++) {
            System.out.printf(Locale.ROOT, "median %s %-14s %8.3f %s  %s%n", what, variants[v], medians[v], unit,
                    best == Double.MAX_VALUE ? "" : String.format(Locale.ROOT, "%.2f of the best raw", medians[v] / best));
        }
    }
}
