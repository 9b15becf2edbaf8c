package dev.quarry.bench.report;

import java.util.List;
import java.util.Map;

/**
 * One benchmark result as JMH's JSON gives it.
 *
 * @param operation  the benchmark class's simple name, e.g. {@code PointReadBenchmark}
 * @param library    the {@code library} parameter
 * @param db         the {@code db} parameter
 * @param mode       JMH's mode: {@code thrpt}, {@code avgt}, ...
 * @param score      the primary score
 * @param error      its 99.9 % confidence half-width (NaN with a single iteration)
 * @param unit       the score's unit, e.g. {@code ops/s}, {@code ms/op}
 * @param secondary  the secondary scores by name (the heap profiler's {@code heap.live} and others)
 */
record Score(String operation, String library, String db, String mode, double score, double error, String unit,
             Map<String, Double> secondary) {

    /** Higher is better for throughput, lower for times. */
    boolean higherIsBetter() {
        return mode.equals("thrpt");
    }

    /** How much faster this is than {@code baseline}: above 1 is faster. */
    double speedAgainst(Score baseline) {
        return higherIsBetter() ? score / baseline.score : baseline.score / score;
    }

    /** Reads every result of a JMH JSON file's text. */
    @SuppressWarnings("unchecked")
    static List<Score> parseAll(String json) {
        List<Object> runs = (List<Object>) JsonReader.parse(json);
        return runs.stream().map(o -> of((Map<String, Object>) o)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Score of(Map<String, Object> run) {
        String benchmark = (String) run.get("benchmark");
        String[] parts = benchmark.split("\\.");
        String operation = parts[parts.length - 2];
        Map<String, Object> params = (Map<String, Object>) run.getOrDefault("params", Map.of());
        Map<String, Object> primary = (Map<String, Object>) run.get("primaryMetric");
        Map<String, Object> secondaryJson = (Map<String, Object>) run.getOrDefault("secondaryMetrics", Map.of());
        Map<String, Double> secondary = new java.util.LinkedHashMap<>();
        secondaryJson.forEach((name, m) -> secondary.put(name, number(((Map<String, Object>) m).get("score"))));
        return new Score(operation, (String) params.get("library"), (String) params.get("db"),
                (String) run.get("mode"), number(primary.get("score")), number(primary.get("scoreError")),
                (String) primary.get("scoreUnit"), secondary);
    }

    private static double number(Object o) {
        return o instanceof Double d ? d : Double.NaN; // JMH writes "NaN" as a string
    }
}
