package dev.quarry.internal.dialect.sqlite;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.CatalogIntrospector;
import dev.quarry.internal.dialect.CatalogQuery;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * SQLite's schema from {@code sqlite_schema} of the {@code main} database (https://sqlite.org/schematab.html), named
 * {@code sqlite_master} here, which every SQLite version accepts, and the table pragmas
 * (https://sqlite.org/pragma.html): {@code table_xinfo} for columns, {@code index_list} and {@code index_info} for
 * indexes (origin {@code u} is a UNIQUE constraint, {@code c} a CREATE INDEX), {@code foreign_key_list} for foreign
 * keys and their actions. What the pragmas do not give, constraint names, CHECK constraints and AUTOINCREMENT, is read
 * from the table's CREATE TABLE text ({@link SqliteTableSql}).
 *
 * <p>Types: SQLite keeps the declared type's text; {@code INTEGER}, {@code REAL}, {@code TEXT} and {@code BLOB}, the
 * names Quarry writes, read as LONG, DOUBLE, STRING and BYTES; any other declared type (a table Quarry did not
 * create, or {@code NUMERIC}, which Quarry writes for a decimal of any precision) is native, by its text, and a column
 * declared without a type is native {@code BLOB} (the same affinity). Constraints SQLite keeps unnamed get the names
 * PostgreSQL would give them: {@code <table>_<columns>_fkey} for a foreign key, {@code <table>_<column>_check} or
 * {@code <table>_check} for a check (numbered from 1 when taken); an unnamed unique constraint keeps SQLite's
 * {@code sqlite_autoindex_<table>_<n>}. A primary-key column reads as NOT NULL even where SQLite's legacy rule lets it
 * hold NULL (https://sqlite.org/lang_createtable.html#the_primary_key), as the model requires. Stateless.
 */
final class SqliteIntrospector extends CatalogIntrospector {
    static final SqliteIntrospector INSTANCE = new SqliteIntrospector();

    private SqliteIntrospector() {
        super(new SqliteDdl());
    }

    /** Tables without SQLite's own ({@code sqlite_sequence}, {@code sqlite_stat1}, ...). */
    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        return CatalogQuery.names(connection, "SELECT name FROM main.sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    }

    @Override
    public Optional<TableDef> table(Connection connection, String name) throws SQLException {
        if (name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
            return Optional.empty();
        }
        List<String> sql = CatalogQuery.names(connection,
                "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", name);
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        SqliteTableSql parsed = SqliteTableSql.parse(sql.get(0));
        TableDef.Builder b = TableDef.builder(name);
        Map<Integer, String> keyColumns = columns(connection, name, parsed, b);
        if (keyColumns.isEmpty()) {
            throw new UnsupportedFeatureException("table '" + name + "' has no primary key; Quarry's schema model"
                    + " needs one, so it cannot be introspected (give it a PRIMARY KEY)");
        }
        b.primaryKey(keyColumns.values().toArray(new String[0]));
        indexes(connection, name, parsed, b);
        foreignKeys(connection, name, parsed, b);
        checks(name, parsed, b);
        return Optional.of(b.build());
    }

    /** Reads the columns into {@code b}; the primary key's columns by their place in the key. */
    private Map<Integer, String> columns(Connection connection, String name, SqliteTableSql parsed,
                                         TableDef.Builder b) throws SQLException {
        Map<Integer, String> keyColumns = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, type, \"notnull\", dflt_value, pk,"
                + " hidden FROM pragma_table_xinfo(?, 'main') ORDER BY cid")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(6) != 0) {
                        continue; // a computed column (2, 3) or a virtual table's hidden one (1): not in the model
                    }
                    String column = rs.getString(1);
                    int pk = rs.getInt(5);
                    if (pk > 0) {
                        keyColumns.put(pk, column);
                    }
                    boolean nullable = rs.getInt(3) == 0 && pk == 0;
                    b.column(column(column, type(rs.getString(2)), nullable, parsed.isAutoincrement(column),
                            catalogDefault(rs.getString(4))));
                }
            }
        }
        return keyColumns;
    }

    private static DataType<?> type(String declared) {
        String t = declared == null ? "" : declared.trim();
        return switch (t.toUpperCase(Locale.ROOT)) {
            case "INTEGER" -> DataType.LONG;
            case "REAL" -> DataType.DOUBLE;
            case "TEXT" -> DataType.STRING;
            case "BLOB" -> DataType.BYTES;
            case "" -> DataType.ofNative("BLOB");
            default -> DataType.ofNative(t);
        };
    }

    private static void indexes(Connection connection, String table, SqliteTableSql parsed, TableDef.Builder b)
            throws SQLException {
        List<SqliteTableSql.Keyed> unclaimed = new ArrayList<>(parsed.uniques());
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, \"unique\", origin, partial"
                + " FROM pragma_index_list(?, 'main') ORDER BY name")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        for (Map.Entry<String, String[]> row : rows.entrySet()) {
            String origin = row.getValue()[1];
            if ("pk".equals(origin) || "1".equals(row.getValue()[2])) {
                continue; // the primary key's own index; a partial index (not in the model)
            }
            List<String> columns = CatalogQuery.names(connection,
                    "SELECT name FROM pragma_index_info(?, 'main') ORDER BY seqno", row.getKey());
            if (columns.isEmpty() || columns.contains(null)) {
                continue; // an index on an expression (not in the model)
            }
            boolean unique = "1".equals(row.getValue()[0]);
            if ("u".equals(origin)) {
                String name = row.getKey();
                for (SqliteTableSql.Keyed u : unclaimed) {
                    if (sameNames(u.columns(), columns)) {
                        unclaimed.remove(u);
                        name = u.name() != null ? u.name() : name;
                        break;
                    }
                }
                b.unique(name, columns.toArray(new String[0]));
            } else if (unique) {
                b.uniqueIndex(row.getKey(), columns.toArray(new String[0]));
            } else {
                b.index(row.getKey(), columns.toArray(new String[0]));
            }
        }
    }

    private static void foreignKeys(Connection connection, String table, SqliteTableSql parsed, TableDef.Builder b)
            throws SQLException {
        // id counts from the last declared foreign key (SQLite builds the list backwards), so the highest id first
        Map<Integer, List<String[]>> byId = new TreeMap<>((x, y) -> Integer.compare(y, x));
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, \"table\", \"from\", \"to\", on_update,"
                + " on_delete FROM pragma_foreign_key_list(?, 'main') ORDER BY id, seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
                }
            }
        }
        List<SqliteTableSql.Keyed> unclaimed = new ArrayList<>(parsed.foreignKeys());
        Set<String> names = new HashSet<>();
        for (List<String[]> parts : byId.values()) {
            String refTable = parts.get(0)[0];
            List<String> columns = parts.stream().map(p -> p[1]).toList();
            List<String> refColumns = parts.stream().map(p -> p[2]).toList();
            if (refColumns.contains(null)) {
                refColumns = primaryKeyOf(connection, refTable); // REFERENCES t without columns: t's primary key
            }
            String name = null;
            for (SqliteTableSql.Keyed fk : unclaimed) {
                if (sameNames(fk.columns(), columns) && fk.refTable().equalsIgnoreCase(refTable)) {
                    unclaimed.remove(fk);
                    name = fk.name();
                    break;
                }
            }
            if (name == null) {
                name = unusedName(table + "_" + String.join("_", columns), "_fkey", names);
            }
            names.add(name.toLowerCase(Locale.ROOT));
            b.foreignKey(name, columns, refTable, refColumns, action(parts.get(0)[4]), action(parts.get(0)[3]));
        }
    }

    private static List<String> primaryKeyOf(Connection connection, String table) throws SQLException {
        return CatalogQuery.names(connection,
                "SELECT name FROM pragma_table_info(?, 'main') WHERE pk > 0 ORDER BY pk", table);
    }

    private static ReferentialAction action(String sqlite) {
        return switch (sqlite.toUpperCase(Locale.ROOT)) {
            case "RESTRICT" -> ReferentialAction.RESTRICT;
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static void checks(String table, SqliteTableSql parsed, TableDef.Builder b) {
        Set<String> names = new HashSet<>();
        for (SqliteTableSql.Check c : parsed.checks()) {
            if (c.name() != null) {
                names.add(c.name().toLowerCase(Locale.ROOT));
            }
        }
        for (SqliteTableSql.Check c : parsed.checks()) {
            String name = c.name();
            if (name == null) {
                name = unusedName(c.column() == null ? table : table + "_" + c.column(), "_check", names);
                names.add(name.toLowerCase(Locale.ROOT));
            }
            b.check(name, CatalogIntrospector.stripParentheses(c.expression()));
        }
    }

    /** {@code stem + suffix}, or with 1, 2, ... after it when taken; cut to the longest name the model allows. */
    private static String unusedName(String stem, String suffix, Set<String> taken) {
        for (int n = 0; ; n++) {
            String end = suffix + (n == 0 ? "" : Integer.toString(n));
            String name = (stem.length() + end.length() > 63 ? stem.substring(0, 63 - end.length()) : stem) + end;
            if (!taken.contains(name.toLowerCase(Locale.ROOT))) {
                return name;
            }
        }
    }

    private static boolean sameNames(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equalsIgnoreCase(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    // ---- normalisation ----

    /**
     * SQLite's five storage types: every integer type is {@code LONG} (INTEGER), FLOAT and DOUBLE are DOUBLE (REAL),
     * a decimal is native {@code NUMERIC} (its precision and scale are not kept), bytes stay BYTES (BLOB), and every
     * other type, bounded strings included, is an unbounded STRING (TEXT).
     */
    @Override
    protected DataType<?> storedType(TableDef table, ColumnDef column) {
        DataType<?> t = column.type();
        return switch (t.kind()) {
            case BOOLEAN, SHORT, INT, LONG -> DataType.LONG;
            case FLOAT, DOUBLE -> DataType.DOUBLE;
            case DECIMAL -> DataType.ofNative("NUMERIC");
            case BYTES -> DataType.BYTES;
            case NATIVE -> t;
            default -> DataType.STRING;
        };
    }

    /**
     * {@code dflt_value} is the default's text as written, without the parentheses around an expression: a number,
     * a string literal, NULL, TRUE or FALSE (1 and 0), or an expression.
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
        String text = stringLiteral(s, false);
        return text != null ? SqlDefault.literal(text, s) : SqlDefault.expression(s);
    }
}
