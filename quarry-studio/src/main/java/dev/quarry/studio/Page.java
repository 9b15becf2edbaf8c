package dev.quarry.studio;

import dev.quarry.query.Column;
import java.util.List;

/**
 * One page of a grid, as {@link PageQuery} read it.
 *
 * @param table the table
 * @param order the ordering columns (the cursor's)
 * @param rows  the rows, one value per column in definition order
 * @param next  the cursor of the next page, or null on the last page
 * @param total how many rows pass the filters, or -1 when not counted
 */
record Page(DynamicTable table, List<Column<?>> order, List<Object[]> rows, List<String> next, long total) {
}
