package dev.quarry.internal.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a {@code jdbc:sqlite:} URL asks for: an in-memory database (one connection serves everything, since each
 * connection to {@code :memory:} is a database of its own), a read-only one, or a file.
 * Immutable.
 *
 * @param url      the URL as given
 * @param inMemory {@code jdbc:sqlite:}, {@code :memory:}, or a {@code mode=memory} URI
 *                 (https://sqlite.org/inmemorydb.html)
 * @param readOnly {@code open_mode} without the read-write flag (sqlite-jdbc's URL form of
 *                 {@code SQLITE_OPEN_READONLY}, https://sqlite.org/c3ref/open.html), {@code mode=ro} or
 *                 {@code immutable=1} (https://sqlite.org/uri.html), or an existing file this process cannot write
 */
record SqliteUrl(String url, boolean inMemory, boolean readOnly) {
    static final String PREFIX = "jdbc:sqlite:";

    static boolean accepts(String url) {
        return url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    static SqliteUrl parse(String url) {
        String rest = url.substring(PREFIX.length());
        int q = rest.indexOf('?');
        String path = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? "" : rest.substring(q + 1).toLowerCase(Locale.ROOT);
        boolean memory = path.isEmpty() || path.equals(":memory:") || path.startsWith("file::memory:")
                || hasParam(query, "mode", "memory");
        boolean readOnly = !memory && (hasParam(query, "mode", "ro") || hasParam(query, "immutable", "1")
                || openModeReadOnly(query) || fileNotWritable(path));
        return new SqliteUrl(url, memory, readOnly);
    }

    private static boolean hasParam(String query, String key, String value) {
        for (String part : query.split("&")) {
            if (part.equals(key + "=" + value)) {
                return true;
            }
        }
        return false;
    }

    /** sqlite-jdbc's {@code open_mode} is the {@code sqlite3_open_v2} flag set; 2 is SQLITE_OPEN_READWRITE. */
    private static boolean openModeReadOnly(String query) {
        for (String part : query.split("&")) {
            if (part.startsWith("open_mode=")) {
                try {
                    return (Integer.parseInt(part.substring("open_mode=".length())) & 2) == 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean fileNotWritable(String path) {
        String p = path.startsWith("file:") ? path.substring("file:".length()) : path;
        if (p.isEmpty() || p.startsWith(":")) {
            return false;
        }
        try {
            Path file = Path.of(p);
            return Files.exists(file) && !Files.isWritable(file);
        } catch (RuntimeException e) {
            return false; // not a plain path (a URI form sqlite resolves itself): let SQLite decide
        }
    }
}
