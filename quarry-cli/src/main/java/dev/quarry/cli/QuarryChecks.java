package dev.quarry.cli;

import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the declared type of a column from the check Quarry gave it on SQLite ({@code quarry_fits_<column>},
 * docs/types.md): SQLite stores {@code STRING(80)}, {@code INT}, {@code SHORT} and {@code BOOLEAN} as {@code TEXT} and
 * {@code INTEGER}, and a decimal as {@code NUMERIC}, so without it a table Quarry created would come back with wider
 * types. The check goes with the type it gave back: the annotations make it again.
 */
final class QuarryChecks {
    private static final String PREFIX = "quarry_fits_";
    private static final Pattern LENGTH = Pattern.compile("length\\(\\W*\\w+\\W*\\)\\s*<=\\s*(\\d+)");
    private static final Pattern RANGE = Pattern.compile("\\W*\\w+\\W*\\s+BETWEEN\\s+(-?[\\d.]+)\\s+AND\\s+([\\d.]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOOLEAN = Pattern.compile("\\W*\\w+\\W*\\s+IN\\s*\\(0,\\s*1\\)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, DataType<?>> RANGES = Map.of(
            Short.MIN_VALUE + ".." + Short.MAX_VALUE, DataType.SHORT,
            Integer.MIN_VALUE + ".." + Integer.MAX_VALUE, DataType.INT);

    private QuarryChecks() {
    }

    /** {@code table} with the types its Quarry checks give back, and those checks gone. */
    static TableDef declaredTypes(TableDef table) {
        List<ColumnDef> columns = new ArrayList<>();
        List<CheckDef> checks = new ArrayList<>(table.checks());
        for (ColumnDef c : table.columns()) {
            CheckDef check = checks.stream().filter(k -> k.name().equals(PREFIX + c.name())).findFirst().orElse(null);
            DataType<?> type = check == null ? null : typeOf(c.type(), check.expression());
            if (type == null) {
                columns.add(c);
            } else {
                checks.remove(check);
                columns.add(new ColumnDef(c.name(), type, c.nullable(), c.defaultValue(), c.generated(),
                        c.defaultExpression()));
            }
        }
        return new TableDef(table.name(), columns, table.primaryKey(), table.indexes(), table.foreignKeys(), checks);
    }

    private static DataType<?> typeOf(DataType<?> stored, String expression) {
        Matcher m;
        if (stored.kind() == SqlType.STRING && (m = LENGTH.matcher(expression)).matches()) {
            return DataType.string(Integer.parseInt(m.group(1)));
        }
        if (stored.kind() == SqlType.LONG && BOOLEAN.matcher(expression).matches()) {
            return DataType.BOOLEAN;
        }
        if ((m = RANGE.matcher(expression)).matches()) {
            if (stored.kind() == SqlType.LONG) {
                return RANGES.get(m.group(1) + ".." + m.group(2));
            }
            String max = m.group(2);
            if (stored.kind() == SqlType.NATIVE && m.group(1).equals("-" + max)) {
                int point = max.indexOf('.');
                int scale = point < 0 ? 0 : max.length() - point - 1;
                return DataType.decimal(max.length() - (point < 0 ? 0 : 1), scale);
            }
        }
        return null;
    }
}
