package dev.quarry.bench.report;

import dev.quarry.bench.model.BenchDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the report says about the machine and the database servers it ran on. */
final class Machine {
    private Machine() {
    }

    /** Cores, CPU, memory and OS of this machine (the one the benchmarks ran on). */
    static Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        m.put("CPU", procLine("/proc/cpuinfo", "model name"));
        String mem = procLine("/proc/meminfo", "MemTotal");
        if (!mem.equals("unknown")) {
            long kb = Long.parseLong(mem.replaceAll("[^0-9]", ""));
            mem = Math.round(kb / 1024.0 / 1024.0) + " GiB";
        }
        m.put("memory", mem);
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        return m;
    }

    private static String procLine(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            for (String line : lines) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }

    /** Each database's server version, or why it could not be read. */
    static Map<String, String> databases() {
        Map<String, String> m = new LinkedHashMap<>();
        for (BenchDb db : BenchDb.values()) {
            String sql = switch (db) {
                case SQLITE -> "SELECT sqlite_version()";
                case POSTGRES -> "SHOW server_version";
                case MARIADB -> "SELECT version()";
            };
            // the server, not the benchmark schema: a database left out of the run may not have it
            try (Connection c = db.connectServer(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                m.put(ReportWriter.dbName(db.name().toLowerCase(java.util.Locale.ROOT)), rs.getString(1));
            } catch (SQLException e) {
                m.put(ReportWriter.dbName(db.name().toLowerCase(java.util.Locale.ROOT)),
                        "not reachable (" + e.getMessage() + ")");
            }
        }
        return m;
    }
}
