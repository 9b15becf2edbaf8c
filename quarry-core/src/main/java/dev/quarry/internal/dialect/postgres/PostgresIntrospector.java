package dev.quarry.internal.dialect.postgres;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.internal.dialect.CatalogIntrospector;
import dev.quarry.internal.dialect.CatalogQuery;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's schema from {@code pg_catalog} for the connection's {@code current_schema()}
 * (https://www.postgresql.org/docs/current/catalogs.html): {@code pg_class} for ordinary and partitioned tables,
 * {@code pg_attribute} and {@code pg_attrdef} for columns and defaults ({@code format_type} and {@code pg_get_expr}
 * print them), {@code pg_constraint} for the primary key, unique, foreign-key and check constraints
 * ({@code pg_get_constraintdef} prints a check), {@code pg_index} for the indexes no constraint owns.
 *
 * <p>Types read as the portable type Quarry writes them for: {@code varchar(n)} is {@code STRING(n)},
 * {@code timestamptz} is {@code INSTANT}, {@code numeric(p,s)} is {@code DECIMAL(p,s)}; anything else (an
 * unconstrained {@code numeric}, {@code timestamp(3)}, {@code inet}, arrays) is native, by {@code format_type}'s name.
 * Collations are not read. An identity column, and a {@code serial} one (its default is {@code nextval} of its
 * sequence), is generated. A default's casts are dropped from a literal ({@code 'it''s'::text} is {@code it's});
 * timestamps print in the session's time zone and are read as instants. A foreign key's referenced table is named
 * without its schema. Stateless.
 */
final class PostgresIntrospector extends CatalogIntrospector {
    static final PostgresIntrospector INSTANCE = new PostgresIntrospector();

    private static final String TABLE_OID = "(SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
            + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
            + " AND c.relname = ?)";
    private static final Pattern DECIMAL = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");
    private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

    private PostgresIntrospector() {
        super(new PostgresDdl());
    }

    @Override
    public List<String> tableNames(Connection connection) throws SQLException {
        return CatalogQuery.names(connection, "SELECT c.relname FROM pg_catalog.pg_class c"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname COLLATE \"C\"");
    }

    @Override
    public Optional<TableDef> table(Connection connection, String name) throws SQLException {
        if (CatalogQuery.names(connection, "SELECT 1 WHERE " + TABLE_OID + " IS NOT NULL", name).isEmpty()) {
            return Optional.empty();
        }
        TableDef.Builder b = TableDef.builder(name);
        columns(connection, name, b);
        boolean hasKey = constraints(connection, name, b);
        if (!hasKey) {
            throw new UnsupportedFeatureException("table '" + name + "' has no primary key; Quarry's schema model"
                    + " needs one, so it cannot be introspected (give it a PRIMARY KEY)");
        }
        indexes(connection, name, b);
        return Optional.of(b.build());
    }

    private void columns(Connection connection, String table, TableDef.Builder b) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT a.attname,"
                + " pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                + " pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attidentity::text, a.attgenerated::text"
                + " FROM pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d"
                + " ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attrelid = " + TABLE_OID + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!blank(rs.getString(6))) {
                        continue; // a computed (GENERATED ... STORED) column: not in the model
                    }
                    DataType<?> type = type(rs.getString(2));
                    String dflt = rs.getString(4);
                    boolean integer = type.kind() == SqlType.SHORT || type.kind() == SqlType.INT
                            || type.kind() == SqlType.LONG;
                    boolean serial = integer && dflt != null && dflt.startsWith("nextval(");
                    boolean generated = !blank(rs.getString(5)) || serial;
                    b.column(column(rs.getString(1), type, !rs.getBoolean(3), generated,
                            serial ? SqlDefault.NONE : catalogDefault(dflt)));
                }
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank() || s.charAt(0) == 0;
    }

    /** Reads the constraints into {@code b}; whether there was a primary key. */
    private static boolean constraints(Connection connection, String table, TableDef.Builder b) throws SQLException {
        boolean key = false;
        try (PreparedStatement ps = connection.prepareStatement("SELECT con.conname, con.contype::text,"
                + " ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),"
                + " f.relname,"
                + " ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),"
                + " con.confupdtype::text, con.confdeltype::text, pg_catalog.pg_get_constraintdef(con.oid)"
                + " FROM pg_catalog.pg_constraint con LEFT JOIN pg_catalog.pg_class f ON f.oid = con.confrelid"
                + " WHERE con.conrelid = " + TABLE_OID + " ORDER BY con.conname COLLATE \"C\"")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    String[] columns = strings(rs.getArray(3));
                    switch (rs.getString(2)) {
                        case "p" -> {
                            b.primaryKey(columns);
                            key = true;
                        }
                        case "u" -> b.unique(name, columns);
                        case "f" -> b.foreignKey(name, Arrays.asList(columns), rs.getString(4),
                                Arrays.asList(strings(rs.getArray(5))), action(rs.getString(7)),
                                action(rs.getString(6)));
                        case "c" -> b.check(name, checkExpression(rs.getString(8)));
                        default -> {
                            // exclusion constraints, NOT NULL constraints (PostgreSQL 18): not in the model
                        }
                    }
                }
            }
        }
        return key;
    }

    /** {@code CHECK ((balance >= 0)) [NOT VALID]} is {@code balance >= 0}. */
    private static String checkExpression(String definition) {
        String d = definition.trim();
        if (d.endsWith(" NOT VALID")) {
            d = d.substring(0, d.length() - " NOT VALID".length());
        }
        if (d.startsWith("CHECK ")) {
            d = d.substring("CHECK ".length());
        }
        return stripParentheses(d);
    }

    private static void indexes(Connection connection, String table, TableDef.Builder b) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT ic.relname, i.indisunique,"
                + " i.indpred IS NOT NULL OR i.indexprs IS NOT NULL, i.indnkeyatts,"
                + " ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(num, ord)"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num"
                + " WHERE k.ord <= i.indnkeyatts ORDER BY k.ord)"
                + " FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid"
                + " WHERE i.indrelid = " + TABLE_OID + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k"
                + " WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))"
                + " ORDER BY ic.relname COLLATE \"C\"")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] columns = strings(rs.getArray(5));
                    if (rs.getBoolean(3) || columns.length != rs.getInt(4) || columns.length == 0) {
                        continue; // a partial index, or one on an expression: not in the model
                    }
                    if (rs.getBoolean(2)) {
                        b.uniqueIndex(rs.getString(1), columns);
                    } else {
                        b.index(rs.getString(1), columns);
                    }
                }
            }
        }
    }

    private static String[] strings(Array array) throws SQLException {
        if (array == null) {
            return new String[0];
        }
        try {
            Object[] values = (Object[]) array.getArray();
            return Arrays.stream(values).map(String::valueOf).toArray(String[]::new);
        } finally {
            array.free();
        }
    }

    private static ReferentialAction action(String code) {
        return switch (code == null ? "a" : code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static DataType<?> type(String formatted) {
        switch (formatted) {
            case "boolean":
                return DataType.BOOLEAN;
            case "smallint":
                return DataType.SHORT;
            case "integer":
                return DataType.INT;
            case "bigint":
                return DataType.LONG;
            case "real":
                return DataType.FLOAT;
            case "double precision":
                return DataType.DOUBLE;
            case "text":
                return DataType.STRING;
            case "bytea":
                return DataType.BYTES;
            case "uuid":
                return DataType.UUID;
            case "jsonb":
                return DataType.JSON;
            case "timestamp with time zone":
                return DataType.INSTANT;
            case "timestamp without time zone":
                return DataType.LOCAL_DATE_TIME;
            case "date":
                return DataType.LOCAL_DATE;
            case "time without time zone":
                return DataType.LOCAL_TIME;
            default:
                break;
        }
        Matcher d = DECIMAL.matcher(formatted);
        if (d.matches() && Integer.parseInt(d.group(1)) >= Integer.parseInt(d.group(2))) {
            return DataType.decimal(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)));
        }
        Matcher v = VARCHAR.matcher(formatted);
        if (v.matches()) {
            return DataType.string(Integer.parseInt(v.group(1)));
        }
        return DataType.ofNative(formatted);
    }

    // ---- normalisation ----

    /** An enum is text, so it reads as STRING; an offset date-time is a timestamptz, so an INSTANT. */
    @Override
    protected DataType<?> storedType(TableDef table, ColumnDef column) {
        return switch (column.type().kind()) {
            case ENUM -> DataType.STRING;
            case OFFSET_DATE_TIME -> DataType.INSTANT;
            default -> column.type();
        };
    }

    /**
     * {@code pg_get_expr} prints a literal with its cast unless it is a plain number or boolean
     * ({@code 'it''s'::text}, {@code '-3'::integer}, {@code (100)::double precision}); the casts are dropped from a
     * literal. {@code NULL}, with or without a cast, is no default.
     */
    @Override
    protected SqlDefault parseDefault(String sql, boolean rendered) {
        if (sql == null || sql.isBlank()) {
            return SqlDefault.NONE;
        }
        String s = sql.trim();
        String base = s;
        for (int cast = lastCast(base); cast > 0; cast = lastCast(base)) {
            String before = stripParentheses(base.substring(0, cast));
            if (stringLiteral(before, false) == null && !isNumber(before) && !before.equalsIgnoreCase("NULL")) {
                break;
            }
            base = before;
        }
        base = stripParentheses(base);
        if (base.equalsIgnoreCase("NULL")) {
            return SqlDefault.NONE;
        }
        if (isNumber(base) || base.equalsIgnoreCase("true") || base.equalsIgnoreCase("false")) {
            return SqlDefault.literal(base, s);
        }
        String text = stringLiteral(base, false);
        return text != null ? SqlDefault.literal(text, s) : SqlDefault.expression(s);
    }

    /** The index of the last {@code ::} outside quotes, or -1. */
    private static int lastCast(String s) {
        int last = -1;
        boolean quoted = false;
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && s.charAt(i + 1) == ':') {
                last = i;
                i++;
            }
        }
        return last;
    }
}
