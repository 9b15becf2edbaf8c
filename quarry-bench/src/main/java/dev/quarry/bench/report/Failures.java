package dev.quarry.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trials that failed, read from JMH's console log: JMH prints {@code <failure>} and the exception after the
 * {@code # Benchmark:} and {@code # Parameters:} lines of the trial, and leaves the trial out of its JSON.
 */
final class Failures {
    private Failures() {
    }

    /** "Operation (db = x, library = y)" to the exception's first line, in log order. */
    static Map<String, String> read(Path log) throws IOException {
        Map<String, String> failures = new LinkedHashMap<>();
        if (log == null || !Files.exists(log)) {
            return failures;
        }
        List<String> lines = Files.readAllLines(log);
        String benchmark = "?";
        String params = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("# Benchmark: ")) {
                String[] parts = line.substring("# Benchmark: ".length()).trim().split("\\.");
                benchmark = parts[parts.length - 2];
                params = "";
            } else if (line.startsWith("# Parameters: ")) {
                params = line.substring("# Parameters: ".length()).trim();
            } else if (line.trim().endsWith("<failure>")) {
                String reason = "";
                for (int j = i + 1; j < lines.size() && reason.isEmpty(); j++) {
                    reason = lines.get(j).trim();
                }
                failures.put(benchmark + " " + params, reason);
            }
        }
        return failures;
    }
}
