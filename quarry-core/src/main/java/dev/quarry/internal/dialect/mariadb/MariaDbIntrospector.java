package dev.quarry.internal.dialect.mariadb;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.CatalogIntrospector;
import dev.quarry.internal.dialect.CatalogQuery;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.TableDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's schema from {@code information_schema} for the current database
 * (https://mariadb.com/kb/en/information-schema-tables/): {@code TABLES} (base tables, not views), {@code COLUMNS},
 * {@code STATISTICS} for the primary key and indexes, {@code KEY_COLUMN_USAGE} with
 * {@code REFERENTIAL_CONSTRAINTS} for foreign keys, {@code CHECK_CONSTRAINTS} (MariaDB 10.2.22 / 10.3.10 and later)
 * for checks. Names compare exactly (as bytes): {@code information_schema} itself ignores case.
 *
 * <p>Types read as the portable type Quarry writes them for ({@code tinyint(1)} is BOOLEAN, {@code char(36)} UUID,
 * {@code datetime(6)} LOCAL_DATE_TIME, {@code varbinary(255)} and {@code longblob} BYTES, display widths ignored);
 * anything else ({@code int(10) unsigned}, {@code mediumtext}, {@code datetime}) is native, by {@code COLUMN_TYPE}.
 * A JSON column is a {@code longtext} with a column-level check {@code json_valid(`c`)} named after it
 * (https://mariadb.com/kb/en/json-data-type/): it reads as JSON, without that check. MariaDB keeps no difference
 * between a unique index and a unique constraint: every unique index reads as a constraint. InnoDB adds an index
 * named after a foreign key whose columns no index starts with; such an index is left out. Character sets,
 * collations and {@code ON UPDATE current_timestamp()} are not read. Immutable.
 */
final class MariaDbIntrospector extends CatalogIntrospector {
    private static final String THIS_TABLE = "TABLE_SCHEMA = DATABASE() AND CAST(TABLE_NAME AS BINARY)"
            + " = CAST(? AS BINARY)";
    private static final Pattern DECIMAL = Pattern.compile("decimal\\((\\d+),(\\d+)\\)");
    private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");
    private static final Pattern INTEGER = Pattern.compile("(smallint|int|bigint)(\\(\\d+\\))?");

    private final boolean noBackslashEscapes;

    /** @param noBackslashEscapes whether the DDL writes string literals for NO_BACKSLASH_ESCAPES */
    MariaDbIntrospector(boolean noBackslashEscapes) {
        super(new MariaDbDdl(noBackslashEscapes));
        this.noBackslashEscapes = noBackslashEscapes;
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        return CatalogQuery.names(connection, "SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY BINARY TABLE_NAME");
    }

    @Override
    public Optional<TableDef> table(Connection connection, String name) throws SQLException {
        if (CatalogQuery.names(connection, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE " + THIS_TABLE
                + " AND TABLE_TYPE = 'BASE TABLE'", name).isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> checks = checks(connection, name);
        TableDef.Builder b = TableDef.builder(name);
        columns(connection, name, checks, b);
        checks.forEach(b::check);
        List<ForeignKeyDef> foreignKeys = foreignKeys(connection, name);
        foreignKeys.forEach(fk -> b.foreignKey(fk.name(), fk.columns(), fk.refTable(), fk.refColumns(), fk.onDelete(),
                fk.onUpdate()));
        if (!indexes(connection, name, foreignKeys, b)) {
            throw new UnsupportedFeatureException("table '" + name + "' has no primary key; Quarry's schema model"
                    + " needs one, so it cannot be introspected (give it a PRIMARY KEY)");
        }
        return Optional.of(b.build());
    }

    /** Reads the columns into {@code b}, taking a JSON column's {@code json_valid} check out of {@code checks}. */
    private void columns(Connection connection, String name, Map<String, String> checks, TableDef.Builder b)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE,"
                + " COLUMN_DEFAULT, EXTRA FROM information_schema.COLUMNS WHERE " + THIS_TABLE
                + " ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    String extra = rs.getString(5) == null ? "" : rs.getString(5).toLowerCase(Locale.ROOT);
                    if (extra.matches(".*\\b(virtual|stored|persistent) generated\\b.*")) {
                        continue; // a computed column: not in the model (MySQL's DEFAULT_GENERATED is not one)
                    }
                    DataType<?> type = type(rs.getString(2));
                    String jsonCheck = "json_valid(`" + column.replace("`", "``") + "`)";
                    if (type.equals(DataType.STRING) && jsonCheck.equalsIgnoreCase(checks.get(column))) {
                        type = DataType.JSON;
                        checks.remove(column);
                    }
                    b.column(column(column, type, "YES".equals(rs.getString(3)), extra.contains("auto_increment"),
                            catalogDefault(rs.getString(4))));
                }
            }
        }
    }

    /** The table's checks by name, in name order. */
    private static Map<String, String> checks(Connection connection, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CONSTRAINT_NAME, CHECK_CLAUSE"
                + " FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
                + " AND CAST(TABLE_NAME AS BINARY) = CAST(? AS BINARY) ORDER BY BINARY CONSTRAINT_NAME")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), stripParentheses(rs.getString(2)));
                }
            }
        }
        return out;
    }

    /**
     * Two single-table queries joined here rather than one join of two information_schema tables: each names the
     * table with a plain {@code TABLE_NAME = ?}, which lets the server open only that table instead of every table of
     * the schema (https://mariadb.com/kb/en/information-schema-optimization/; the binary comparison beside it keeps
     * the match exact). The joined form crashed MariaDB 10.11.19 twice here (signal 11 while cleaning up a failed
     * temporary table for the schema query), both times while other builds ran DDL on the same server.
     */
    private static List<ForeignKeyDef> foreignKeys(Connection connection, String table) throws SQLException {
        Map<String, String[]> rules = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CONSTRAINT_NAME, UPDATE_RULE, DELETE_RULE"
                + " FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND CAST(TABLE_NAME AS BINARY) = CAST(? AS BINARY)")) {
            ps.setString(1, table);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rules.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        if (rules.isEmpty()) {
            return List.of();
        }
        Map<String, List<String[]>> byName = new java.util.TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT CONSTRAINT_NAME, COLUMN_NAME,"
                + " REFERENCED_TABLE_NAME, REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND CAST(TABLE_NAME AS BINARY) = CAST(? AS BINARY)"
                + " AND REFERENCED_TABLE_NAME IS NOT NULL ORDER BY ORDINAL_POSITION")) {
            ps.setString(1, table);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rules.containsKey(rs.getString(1))) {
                        byName.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new String[] {
                                rs.getString(2), rs.getString(3), rs.getString(4)});
                    }
                }
            }
        }
        List<ForeignKeyDef> out = new ArrayList<>();
        byName.forEach((name, parts) -> out.add(new ForeignKeyDef(name, parts.stream().map(p -> p[0]).toList(),
                parts.get(0)[1], parts.stream().map(p -> p[2]).toList(), action(rules.get(name)[1]),
                action(rules.get(name)[0]))));
        return out;
    }

    /** Reads the primary key and indexes into {@code b}; whether there was a primary key. */
    private static boolean indexes(Connection connection, String table, List<ForeignKeyDef> foreignKeys,
                                   TableDef.Builder b) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        List<String> skipped = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME,"
                + " SUB_PART, INDEX_TYPE FROM information_schema.STATISTICS WHERE " + THIS_TABLE
                + " ORDER BY BINARY INDEX_NAME, SEQ_IN_INDEX")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String index = rs.getString(1);
                    String type = rs.getString(5);
                    if (rs.getString(3) == null || rs.getObject(4) != null
                            || "FULLTEXT".equals(type) || "SPATIAL".equals(type)) {
                        skipped.add(index); // on an expression or a prefix, or not a B-tree: not in the model
                    }
                    columns.computeIfAbsent(index, k -> new ArrayList<>()).add(rs.getString(3));
                    unique.put(index, rs.getInt(2) == 0);
                }
            }
        }
        boolean key = false;
        for (Map.Entry<String, List<String>> index : columns.entrySet()) {
            String name = index.getKey();
            List<String> cols = index.getValue();
            if (name.equals("PRIMARY")) {
                b.primaryKey(cols.toArray(new String[0]));
                key = true;
            } else if (skipped.contains(name) || implicit(name, cols, unique.get(name), foreignKeys)) {
                continue;
            } else if (unique.get(name)) {
                b.unique(name, cols.toArray(new String[0]));
            } else {
                b.index(name, cols.toArray(new String[0]));
            }
        }
        return key;
    }

    /** Whether InnoDB made this index for a foreign key: plain, named after it, on its columns. */
    private static boolean implicit(String index, List<String> cols, boolean unique, List<ForeignKeyDef> fks) {
        return !unique && fks.stream().anyMatch(fk -> fk.name().equals(index) && fk.columns().equals(cols));
    }

    private static ReferentialAction action(String rule) {
        return switch (rule == null ? "" : rule.toUpperCase(Locale.ROOT)) {
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static DataType<?> type(String columnType) {
        String t = columnType.toLowerCase(Locale.ROOT).trim();
        switch (t) {
            case "tinyint(1)":
                return DataType.BOOLEAN;
            case "double":
                return DataType.DOUBLE;
            case "longtext":
                return DataType.STRING;
            case "varbinary(255)":
            case "longblob":
                return DataType.BYTES;
            case "char(36)":
                return DataType.UUID;
            case "json":
                return DataType.JSON;
            case "datetime(6)":
                return DataType.LOCAL_DATE_TIME;
            case "date":
                return DataType.LOCAL_DATE;
            case "time(6)":
                return DataType.LOCAL_TIME;
            default:
                break;
        }
        Matcher i = INTEGER.matcher(t);
        if (i.matches()) {
            return switch (i.group(1)) {
                case "smallint" -> DataType.SHORT;
                case "int" -> DataType.INT;
                default -> DataType.LONG;
            };
        }
        Matcher d = DECIMAL.matcher(t);
        if (d.matches()) {
            return DataType.decimal(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
        }
        Matcher v = VARCHAR.matcher(t);
        if (v.matches()) {
            return DataType.string(Integer.parseInt(v.group(1)));
        }
        return DataType.ofNative(columnType);
    }

    // ---- normalisation ----

    /**
     * FLOAT is a DOUBLE; a string without a length in a key, unique constraint, index or foreign key, and every
     * enum, is a {@code VARCHAR(255)}, so {@code STRING(255)} (the keyed-text rule); instants and offset date-times
     * are UTC {@code DATETIME(6)}, so LOCAL_DATE_TIME.
     */
    @Override
    protected DataType<?> storedType(TableDef table, ColumnDef column) {
        DataType<?> t = column.type();
        return switch (t.kind()) {
            case FLOAT -> DataType.DOUBLE;
            case STRING -> t.length() == 0 && table.isKeyed(column.name()) ? DataType.string(255) : t;
            case ENUM -> DataType.string(255);
            case INSTANT, OFFSET_DATE_TIME -> DataType.LOCAL_DATE_TIME;
            default -> t;
        };
    }

    /** MariaDB keeps no difference between a unique index and a unique constraint. */
    @Override
    protected IndexDef storedIndex(IndexDef index) {
        return index.unique() && !index.constraint()
                ? new IndexDef(index.name(), index.columns(), true, true) : index;
    }

    /** The current-time expressions as {@code COLUMN_DEFAULT} prints them: lower case, CURRENT_DATE as curdate(). */
    @Override
    protected String printedExpression(String renderedSql) {
        String s = stripParentheses(renderedSql);
        return switch (s.toUpperCase(Locale.ROOT)) {
            case "CURRENT_DATE" -> "curdate()";
            case "CURRENT_TIME(6)" -> "curtime(6)";
            case "CURRENT_TIMESTAMP(6)", "UTC_TIMESTAMP(6)" -> s.toLowerCase(Locale.ROOT);
            default -> s;
        };
    }

    /**
     * {@code COLUMN_DEFAULT} (MariaDB 10.2.7 and later) is NULL for no default, {@code NULL} for DEFAULT NULL, a
     * number, a quoted string with backslash escapes whatever the sql_mode, or an expression. Quarry's own DDL writes
     * backslashes as the session's sql_mode wants them.
     */
    @Override
    protected SqlDefault parseDefault(String sql, boolean rendered) {
        if (sql == null || sql.isBlank() || sql.trim().equalsIgnoreCase("NULL")) {
            return SqlDefault.NONE;
        }
        String s = sql.trim();
        if (isNumber(s)) {
            return SqlDefault.literal(s, s);
        }
        if (s.equalsIgnoreCase("TRUE") || s.equalsIgnoreCase("FALSE")) {
            return SqlDefault.literal(s.equalsIgnoreCase("TRUE") ? "1" : "0", s);
        }
        String text = stringLiteral(s, !rendered || !noBackslashEscapes);
        return text != null ? SqlDefault.literal(text, s) : SqlDefault.expression(s);
    }
}
