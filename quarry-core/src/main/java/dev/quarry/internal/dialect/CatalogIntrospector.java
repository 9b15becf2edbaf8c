package dev.quarry.internal.dialect;

import dev.quarry.annotation.Default;
import dev.quarry.internal.dialect.render.DdlRenderer;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.Introspector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the three introspectors share: turning a default as the catalog prints it into the model's form, and
 * {@link #normalise} built from each database's few rules ({@link #storedType}, {@link #storedIndex},
 * {@link #printedExpression}, {@link #parseDefault}). A declared default is normalised by rendering it with the
 * dialect's own DDL and reading that SQL back the way the catalog's text is read, so the two meet in one form.
 * Immutable and thread-safe.
 */
public abstract class CatalogIntrospector implements Introspector {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2})(?::?(\\d{2}))?(?::?(\\d{2}))?$");

    /** The dialect's DDL, whose rendering of defaults {@link #normalise} reads back. */
    protected final DdlRenderer ddl;

    protected CatalogIntrospector(DdlRenderer ddl) {
        this.ddl = ddl;
    }

    /** A default as SQL: none, a literal (its value without quotes or casts), or an expression. */
    protected record SqlDefault(Kind kind, String value, String sql) {
        /** What the default is. */
        protected enum Kind { NONE, LITERAL, EXPRESSION }

        /** No default (none declared, or {@code DEFAULT NULL}). */
        public static final SqlDefault NONE = new SqlDefault(Kind.NONE, null, null);

        /** The literal {@code sql} whose value is {@code value}. */
        public static SqlDefault literal(String value, String sql) {
            return new SqlDefault(Kind.LITERAL, value, sql);
        }

        /** The expression {@code sql}. */
        public static SqlDefault expression(String sql) {
            return new SqlDefault(Kind.EXPRESSION, null, sql);
        }
    }

    // ---- the rules of one database ----

    /** The type {@code column} of {@code table} is read back as, after Quarry's DDL created it. */
    protected abstract DataType<?> storedType(TableDef table, ColumnDef column);

    /** {@code index} as it is read back: itself, unless the database keeps no difference it has. */
    protected IndexDef storedIndex(IndexDef index) {
        return index;
    }

    /**
     * How the catalog prints a default expression Quarry's DDL wrote as {@code renderedSql}, as far as known (the
     * current-time expressions exactly; anything else without its outer parentheses).
     */
    protected String printedExpression(String renderedSql) {
        return stripParentheses(renderedSql);
    }

    /**
     * Reads {@code sql}, a default as the catalog prints it ({@code rendered} false) or as Quarry's DDL writes it
     * ({@code rendered} true), into a literal's value or an expression; null or blank is no default.
     */
    protected abstract SqlDefault parseDefault(String sql, boolean rendered);

    // ---- normalise ----

    @Override
    public final TableDef normalise(TableDef declared) {
        List<ColumnDef> columns = new ArrayList<>(declared.columns().size());
        for (ColumnDef c : declared.columns()) {
            DataType<?> type = storedType(declared, c);
            if (!c.hasDefault()) {
                columns.add(new ColumnDef(c.name(), type, c.nullable(), null, c.generated()));
                continue;
            }
            String rendered = ddl.defaultSql(declared, c);
            boolean expression = c.defaultExpression() != null || Default.NOW.equals(c.defaultValue())
                    && isTemporal(c.type().kind());
            SqlDefault printed = parseDefault(expression ? printedExpression(rendered) : rendered, true);
            columns.add(column(c.name(), type, c.nullable(), c.generated(), printed));
        }
        List<IndexDef> indexes = declared.indexes().stream().map(this::storedIndex).toList();
        List<CheckDef> checks = new ArrayList<>(declared.checks());
        checks.addAll(ddl.impliedChecks(declared));
        return new TableDef(declared.name(), columns, declared.primaryKey(), indexes, declared.foreignKeys(),
                checks);
    }

    // ---- reading a column ----

    /**
     * The column {@code name} of {@code type}, its default {@code printed} as the catalog prints it: a literal of the
     * type becomes a value in Java's printed form, this dialect's current-time expression for the type becomes
     * {@link Default#NOW}, anything else an expression.
     */
    protected final ColumnDef column(String name, DataType<?> type, boolean nullable, boolean generated,
                                     SqlDefault printed) {
        return switch (printed.kind()) {
            case NONE -> new ColumnDef(name, type, nullable, null, generated);
            case LITERAL -> {
                String value = type.kind() == SqlType.NATIVE ? null : canonical(type, printed.value());
                yield value != null ? new ColumnDef(name, type, nullable, value, generated)
                        : new ColumnDef(name, type, nullable, null, generated, stripParentheses(printed.sql()));
            }
            case EXPRESSION -> {
                String sql = stripParentheses(printed.sql());
                boolean now = isTemporal(type.kind())
                        && sql.equalsIgnoreCase(printedExpression(ddl.currentTimeSql(type.kind())));
                yield now ? new ColumnDef(name, type, nullable, Default.NOW, generated)
                        : new ColumnDef(name, type, nullable, null, generated, sql);
            }
        };
    }

    /** Reads a catalog's default text (null is none) with {@link #parseDefault}. */
    protected final SqlDefault catalogDefault(String sql) {
        return sql == null || sql.isBlank() ? SqlDefault.NONE : parseDefault(sql.trim(), false);
    }

    private static boolean isTemporal(SqlType kind) {
        return switch (kind) {
            case INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, LOCAL_TIME, OFFSET_DATE_TIME -> true;
            default -> false;
        };
    }

    /**
     * {@code value} in the form {@link Default} takes for {@code type}: numbers without needless digits (decimals at
     * the column's scale), booleans as true/false, UUIDs in lower case, dates and times as java.time prints them
     * (instants in UTC). Null when the value is not one of the type (the default is then kept as an expression).
     */
    static String canonical(DataType<?> type, String value) {
        try {
            return switch (type.kind()) {
                case BOOLEAN -> switch (value.toLowerCase(Locale.ROOT)) {
                    case "1", "true", "t" -> "true";
                    case "0", "false", "f" -> "false";
                    default -> null;
                };
                case SHORT, INT, LONG -> number(value) ? new BigDecimal(value).toBigIntegerExact().toString() : null;
                case FLOAT, DOUBLE -> number(value) ? plain(new BigDecimal(value).stripTrailingZeros()) : null;
                case DECIMAL -> number(value) ? decimal(new BigDecimal(value), type.scale()) : null;
                case STRING, ENUM, JSON -> value;
                case UUID -> UUID.fromString(value).toString();
                case LOCAL_DATE -> LocalDate.parse(value).toString();
                case LOCAL_TIME -> LocalTime.parse(value).toString();
                case LOCAL_DATE_TIME -> LocalDateTime.parse(value.replace(' ', 'T')).toString();
                case INSTANT, OFFSET_DATE_TIME -> instant(value).toString();
                case BYTES, NATIVE -> null;
            };
        } catch (ArithmeticException | IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    private static boolean number(String value) {
        return NUMBER.matcher(value).matches();
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.toPlainString();
    }

    private static String decimal(BigDecimal d, int scale) {
        try {
            return d.setScale(scale).toPlainString();
        } catch (ArithmeticException e) {
            return d.toPlainString();
        }
    }

    /** An instant written with a 'T' or a space, and an offset as Z, +HH, +HHMM, +HH:MM or +HH:MM:SS. */
    private static Instant instant(String text) {
        String t = text.trim().replace(' ', 'T');
        if (t.endsWith("Z") || t.endsWith("z")) {
            return Instant.parse(t.substring(0, t.length() - 1) + "Z");
        }
        Matcher m = OFFSET.matcher(t);
        if (!m.find() || m.start() < t.indexOf('T')) {
            throw new DateTimeParseException("no offset", text, 0);
        }
        String offset = m.group(1) + m.group(2) + ":" + (m.group(3) == null ? "00" : m.group(3))
                + (m.group(4) == null ? "" : ":" + m.group(4));
        return OffsetDateTime.parse(t.substring(0, m.start()) + offset).toInstant();
    }

    // ---- SQL text ----

    /** {@code sql} without parentheses that enclose all of it ({@code ((a) + (b))} loses one pair, not two). */
    public static String stripParentheses(String sql) {
        String s = sql.trim();
        while (s.length() >= 2 && s.charAt(0) == '(' && closing(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    private static int closing(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code sql} is a number literal, optionally signed. */
    protected static boolean isNumber(String sql) {
        return number(sql);
    }

    /**
     * The value of the string literal {@code sql} (quotes doubled inside; with {@code backslashEscapes}, MariaDB's
     * backslash sequences too), or null if {@code sql} is not exactly one string literal.
     */
    protected static String stringLiteral(String sql, boolean backslashEscapes) {
        if (sql.length() < 2 || sql.charAt(0) != '\'') {
            return null;
        }
        StringBuilder b = new StringBuilder(sql.length());
        int i = 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    b.append('\'');
                    i += 2;
                    continue;
                }
                return i == sql.length() - 1 ? b.toString() : null;
            }
            if (c == '\\' && backslashEscapes && i + 1 < sql.length()) {
                char e = sql.charAt(i + 1);
                switch (e) {
                    case '0' -> b.append('\0');
                    case 'b' -> b.append('\b');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'Z' -> b.append('\u001a');
                    case '%', '_' -> b.append('\\').append(e);
                    default -> b.append(e);
                }
                i += 2;
                continue;
            }
            b.append(c);
            i++;
        }
        return null;
    }
}
