package dev.quarry.internal.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads what SQLite's constraint messages say after "constraint failed: " (https://www.sqlite.org/rescode.html):
 * {@code t.c} or {@code t.a, t.b} for UNIQUE and NOT NULL, the constraint's name (or its expression) for CHECK.
 * sqlite-jdbc wraps the message as {@code [SQLITE_X] Description (original message)}.
 */
final class SqliteConstraintDetail {
    private static final String MARKER = "constraint failed: ";
    private static final String INDEX = "index '";

    private SqliteConstraintDetail() {
    }

    /** The text after "constraint failed: ", without sqlite-jdbc's closing parenthesis; null if absent. */
    static String of(String message) {
        if (message == null) {
            return null;
        }
        int at = message.lastIndexOf(MARKER);
        if (at < 0) {
            return null;
        }
        String detail = message.substring(at + MARKER.length());
        if (detail.endsWith(")") && message.startsWith("[SQLITE_")) {
            detail = detail.substring(0, detail.length() - 1);
        }
        return detail.isEmpty() ? null : detail;
    }

    /** The index named by an {@code index 'name'} detail (a unique index on expressions), else null. */
    static String indexName(String detail) {
        if (detail == null || !detail.startsWith(INDEX) || !detail.endsWith("'")) {
            return null;
        }
        return detail.substring(INDEX.length(), detail.length() - 1);
    }

    /** The columns of a {@code t.a, t.b} detail, without their table; empty for an index's name or none. */
    static List<String> columns(String detail) {
        if (detail == null || detail.startsWith(INDEX)) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        for (String qualified : detail.split(", ")) {
            int dot = qualified.lastIndexOf('.');
            columns.add(dot < 0 ? qualified : qualified.substring(dot + 1));
        }
        return columns;
    }

    /** The column of a single {@code table.column} detail, or null for several columns or none. */
    static String singleColumn(String detail) {
        if (detail == null || detail.contains(",") || detail.startsWith(INDEX)) {
            return null;
        }
        int dot = detail.lastIndexOf('.');
        return dot < 0 ? detail : detail.substring(dot + 1);
    }
}
