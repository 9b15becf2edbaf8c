package dev.quarry.examples.chinook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The row count of each Chinook table as published with the dataset ({@code chinook/rowcounts.csv}: the same on
 * SQLite, PostgreSQL and MySQL). Lets the loader tell a loaded database from an empty one without opening the
 * dataset. Immutable.
 */
public final class ChinookRowCounts {
    /** The classpath location of the counts. */
    public static final String RESOURCE = "chinook/rowcounts.csv";

    private static final Map<String, Long> COUNTS = read();

    private ChinookRowCounts() {
    }

    /** Rows per table, by Chinook's table name ({@code Artist}, {@code InvoiceLine}, ...), in the file's order. */
    public static Map<String, Long> byTable() {
        return COUNTS;
    }

    /** The published row count of {@code table}. */
    public static long of(String table) {
        Long n = COUNTS.get(table);
        if (n == null) {
            throw new IllegalArgumentException("no Chinook table named " + table + "; known: " + COUNTS.keySet());
        }
        return n;
    }

    private static Map<String, Long> read() {
        try (InputStream in = ChinookRowCounts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.startsWith("table_sqlite_mysql,table_pg,rows_sqlite,")) {
                throw new IllegalStateException(RESOURCE + " does not start with the expected header: " + header);
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] f = line.split(",");
                    counts.put(f[0], Long.parseLong(f[2]));
                }
            }
            return Collections.unmodifiableMap(counts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
