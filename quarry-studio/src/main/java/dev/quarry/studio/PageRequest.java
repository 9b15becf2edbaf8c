package dev.quarry.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a grid asks for: a table, the column to sort by (its primary key when none) and the direction, filters, and
 * where the page starts (the cursor of the previous page's last row, or none for the first page).
 *
 * @param table      the table's name
 * @param sort       the sort column, or null for the primary key
 * @param descending whether the sort is descending
 * @param filters    the filters, all of which a row must pass
 * @param after      the cursor: the last row's sort value then its key values, as text; empty for the first page
 */
record PageRequest(String table, String sort, boolean descending, List<Filter> filters, List<String> after) {

    PageRequest {
        filters = List.copyOf(filters);
        after = after == null ? List.of() : new ArrayList<>(after);   // may hold null (a NULL sort value)
    }

    /** Reads the query parameters the page sends: {@code table, sort, dir=desc, f (repeated)}; the cursor apart. */
    static PageRequest of(Map<String, List<String>> query, List<String> after) {
        String table = Http.required(query, "table");
        String sort = Http.first(query, "sort");
        boolean desc = "desc".equals(Http.first(query, "dir"));
        List<Filter> filters = new ArrayList<>();
        for (String f : query.getOrDefault("f", List.of())) {
            if (!f.isEmpty()) {
                filters.add(Filter.parse(f));
            }
        }
        return new PageRequest(table, sort == null || sort.isEmpty() ? null : sort, desc, filters, after);
    }

    /** This request from the first row (an export takes every row). */
    PageRequest withoutCursor() {
        return new PageRequest(table, sort, descending, filters, List.of());
    }
}
