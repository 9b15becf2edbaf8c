package dev.quarry.studio;

import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.schema.SqlType;
import java.util.Locale;

/**
 * One filter of a grid: a column, an operator and, for the comparing operators, the text of a value. It becomes a
 * DSL {@link Condition}, whose value is parsed by {@link Values} and bound through the column's codec.
 *
 * @param column   the column's name
 * @param operator {@code eq ne lt le gt ge contains null notnull}
 * @param value    the value's text; ignored by {@code null} and {@code notnull}
 */
record Filter(String column, String operator, String value) {

    /**
     * Reads {@code column:operator:value} (the value may hold colons) as the page sends it in {@code f=...}.
     *
     * @throws BadRequestException for text without an operator
     */
    static Filter parse(String text) {
        int first = text.indexOf(':');
        int second = first < 0 ? -1 : text.indexOf(':', first + 1);
        if (first <= 0) {
            throw new BadRequestException("a filter is column:operator:value, not '" + text + "'");
        }
        String column = text.substring(0, first);
        String operator = second < 0 ? text.substring(first + 1) : text.substring(first + 1, second);
        String value = second < 0 ? null : text.substring(second + 1);
        return new Filter(column, operator.toLowerCase(Locale.ROOT), value);
    }

    /** This filter as a condition on {@code table}. */
    @SuppressWarnings("unchecked")
    Condition condition(DynamicTable table) {
        int index = table.def().indexOf(column);
        if (index < 0) {
            throw new BadRequestException("table '" + table.name() + "' has no column '" + column + "'");
        }
        Column<Object> c = (Column<Object>) table.column(index);
        switch (operator) {
            case "null":
                return c.isNull();
            case "notnull":
                return c.isNotNull();
            case "contains":
                boolean text = c.type().kind() == SqlType.STRING
                        || c.type().kind() == SqlType.NATIVE && Values.input(c.type()).equals("text");
                if (!text) {
                    throw new BadRequestException("'contains' filters text columns; column '" + column + "' holds "
                            + Values.describe(c.type()) + ": filter it with = < > instead");
                }
                return ((Column<String>) (Column<?>) c).contains(value == null ? "" : value);
            default:
                break;
        }
        if (value == null) {
            throw new BadRequestException("the filter on '" + column + "' needs a value");
        }
        Object v = Values.parse(c.def(), value);
        return switch (operator) {
            case "eq" -> c.eq(v);
            case "ne" -> c.ne(v);
            case "lt" -> c.lt(v);
            case "le" -> c.le(v);
            case "gt" -> c.gt(v);
            case "ge" -> c.ge(v);
            default -> throw new BadRequestException("no filter operator '" + operator
                    + "': use eq, ne, lt, le, gt, ge, contains, null or notnull");
        };
    }
}
