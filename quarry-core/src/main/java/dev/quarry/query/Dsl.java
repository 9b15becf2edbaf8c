package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Static entry points for expressions, functions and detached selects (subqueries). Import statically:
 * {@code import static dev.quarry.query.Dsl.*;}.
 */
public final class Dsl {
    private Dsl() {
    }

    // ---- detached selects, for subqueries ----

    public static <R> Select<R> selectFrom(Table<R> table) {
        return Builders.selectFrom(table, null);
    }

    public static <T> Select<T> select(Selection<T> a) {
        return Builders.select(a, null);
    }

    public static <A, B> Select<Tuple2<A, B>> select(Selection<A> a, Selection<B> b) {
        return Builders.select(a, b, null);
    }

    public static <A, B, C> Select<Tuple3<A, B, C>> select(Selection<A> a, Selection<B> b, Selection<C> c) {
        return Builders.select(a, b, c, null);
    }

    public static <A, B, C, D> Select<Tuple4<A, B, C, D>> select(Selection<A> a, Selection<B> b, Selection<C> c,
                                                                  Selection<D> d) {
        return Builders.select(a, b, c, d, null);
    }

    public static <A, B, C, D, E> Select<Tuple5<A, B, C, D, E>> select(Selection<A> a, Selection<B> b,
                                                                        Selection<C> c, Selection<D> d,
                                                                        Selection<E> e) {
        return Builders.select(a, b, c, d, e, null);
    }

    public static <A, B, C, D, E, F> Select<Tuple6<A, B, C, D, E, F>> select(
            Selection<A> a, Selection<B> b, Selection<C> c, Selection<D> d, Selection<E> e, Selection<F> f) {
        return Builders.select(a, b, c, d, e, f, null);
    }

    /**
     * A select of any number of items, each row an {@code Object[]}; {@link Select#into(Class)} makes each row a
     * record of yours: {@code select(a, b, c, d, e, f, g).from(T).into(MyRow.class)}. With up to six items the
     * typed tuples above apply.
     */
    public static Select<Object[]> select(Selection<?>... items) {
        return Builders.selectArray(List.of(items), null);
    }

    /** {@code SELECT 1 FROM ...}, for EXISTS. */
    public static Select<Integer> selectOne() {
        return Builders.select(val(1), null);
    }

    // ---- values ----

    /** A bound value; its type follows its Java class. */
    @SuppressWarnings("unchecked")
    public static <T> Param<T> val(T value) {
        DataType<T> type = (DataType<T>) DataType.forClass(value.getClass());
        if (type == null) {
            throw new IllegalArgumentException("Quarry cannot bind a " + value.getClass().getName());
        }
        return new Param<>(value, type);
    }

    /** A bound value of {@code type}; may be null. */
    public static <T> Param<T> val(T value, DataType<T> type) {
        return new Param<>(value, type);
    }

    /** A placeholder whose value is given at each run of a prepared query. */
    public static <T> Placeholder<T> param(String name, DataType<T> type) {
        return new Placeholder<>(name, type);
    }

    /** A placeholder typed like {@code column}. */
    public static <T> Placeholder<T> param(Column<T> column) {
        return new Placeholder<>(column.name(), column.type());
    }

    /** An assignment for {@code doUpdate}: {@code column = value}. */
    public static <T> Assignment set(Column<T> column, T value) {
        return new Assignment(column, column.param(value));
    }

    /** An assignment for {@code doUpdate}: {@code column = expression}. */
    public static <T> Assignment set(Column<T> column, Expression<T> value) {
        return new Assignment(column, value);
    }

    /** An assignment with an {@code int} for a {@code long} column (see {@link LongExpression}). */
    public static Assignment set(LongColumn column, Integer value) {
        return set(column, Widening.toLong(value));
    }

    /** An assignment with an {@code int} for a decimal column. */
    public static Assignment set(DecimalColumn column, Integer value) {
        return set(column, Widening.toDecimal(value));
    }

    /** An assignment with a {@code long} for a decimal column. */
    public static Assignment set(DecimalColumn column, Long value) {
        return set(column, Widening.toDecimal(value));
    }

    /** An assignment with an {@code int} for a {@code double} column. */
    public static Assignment set(DoubleColumn column, Integer value) {
        return set(column, Widening.toDouble(value));
    }

    /** In an upsert's update part, the value the insert tried to write to {@code column}. */
    public static <T> Excluded<T> excluded(Column<T> column) {
        return new Excluded<>(column);
    }

    // ---- conditions ----

    public static Condition and(Condition... conditions) {
        return new And(Arrays.asList(conditions));
    }

    public static Condition or(Condition... conditions) {
        return new Or(Arrays.asList(conditions));
    }

    public static Condition not(Condition condition) {
        return new Not(condition);
    }

    /** A condition that is always true: the start of a dynamically built filter. */
    public static Condition trueCondition() {
        return new And(List.of());
    }

    /** A condition that is always false. */
    public static Condition falseCondition() {
        return new Or(List.of());
    }

    public static Condition exists(Select<?> subquery) {
        return new Exists(subquery.query(), false);
    }

    public static Condition notExists(Select<?> subquery) {
        return new Exists(subquery.query(), true);
    }

    // ---- functions: text ----

    public static Expression<String> lower(Expression<String> text) {
        return FunctionCall.of(SqlFunction.LOWER, List.of(text), DataType.STRING);
    }

    public static Expression<String> upper(Expression<String> text) {
        return FunctionCall.of(SqlFunction.UPPER, List.of(text), DataType.STRING);
    }

    /** The length of a text in characters (code points), the same on every database. */
    public static IntExpression length(Expression<String> text) {
        return (IntExpression) FunctionCall.of(SqlFunction.LENGTH, List.of(text), DataType.INT);
    }

    /** Texts joined; NULL if any part is NULL, on every database. */
    @SafeVarargs
    public static Expression<String> concat(Expression<String>... parts) {
        return concatParts(parts);
    }

    /**
     * Texts and plain strings joined: {@code concat(CUSTOMER.firstName, " ", CUSTOMER.lastName)}; NULL if any part
     * is NULL, on every database. After the first, each part is a text expression or a {@code String} (bound as a
     * value); anything else is an {@link IllegalArgumentException} here, before any SQL is written: convert a
     * number with {@code cast(x, DataType.STRING)}.
     */
    public static Expression<String> concat(Expression<String> first, Object... rest) {
        return concatParts(prepend(first, rest));
    }

    /** {@link #concat(Expression, Object...)} starting with a plain string: {@code concat("#", ALBUM.title)}. */
    public static Expression<String> concat(String first, Object... rest) {
        return concatParts(prepend(first, rest));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Expression<String> concatParts(Object[] parts) {
        if (parts.length < 2) {
            throw new IllegalArgumentException("concat needs at least two parts");
        }
        List<Expression<?>> args = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            args.add(text(parts[i], "concat", i));
        }
        return FunctionCall.of(SqlFunction.CONCAT, args, DataType.STRING);
    }

    private static Expression<?> text(Object part, String function, int index) {
        if (part instanceof String s) {
            return new Param<>(s, DataType.STRING);
        }
        if (part instanceof Expression<?> e && e.type().kind() == dev.quarry.schema.SqlType.STRING) {
            return e;
        }
        throw new IllegalArgumentException(function + " takes text expressions and strings; part " + (index + 1)
                + " is " + (part == null ? "null (use val(null, DataType.STRING) for a NULL)"
                : part instanceof Expression<?> e ? "an expression of " + e.type() + " (convert it with cast(x, "
                + "DataType.STRING))" : "a " + part.getClass().getName()));
    }

    /**
     * {@code text} padded on the left with spaces to {@code length} characters, or cut to its first {@code length}
     * characters if longer, the same on every database.
     */
    public static Expression<String> lpad(Expression<String> text, int length) {
        return lpad(text, length, " ");
    }

    /**
     * {@code text} padded on the left with {@code fill} (repeated, and cut where the length is reached) to
     * {@code length} characters, or cut to its first {@code length} characters if longer: {@code lpad(x, 5, "0")}
     * turns "42" into "00042". {@code length} must be at least 0 and {@code fill} not empty (MariaDB gives NULL
     * where PostgreSQL would not pad).
     */
    public static Expression<String> lpad(Expression<String> text, int length, String fill) {
        return pad(SqlFunction.LPAD, text, length, fill);
    }

    /** {@code text} padded on the right with spaces to {@code length} characters, or cut to them. */
    public static Expression<String> rpad(Expression<String> text, int length) {
        return rpad(text, length, " ");
    }

    /** {@code text} padded on the right with {@code fill} to {@code length} characters, or cut to them. */
    public static Expression<String> rpad(Expression<String> text, int length, String fill) {
        return pad(SqlFunction.RPAD, text, length, fill);
    }

    private static Expression<String> pad(SqlFunction f, Expression<String> text, int length, String fill) {
        if (length < 0) {
            throw new IllegalArgumentException(f + " needs a length of at least 0, not " + length);
        }
        if (fill == null || fill.isEmpty()) {
            throw new IllegalArgumentException(f + " needs a fill of at least one character");
        }
        return FunctionCall.of(f, List.of(text, new Param<>(length, DataType.INT), new Param<>(fill,
                DataType.STRING)), DataType.STRING);
    }

    /** The characters of {@code text} from position {@code start} (the first is 1) to its end. */
    public static Expression<String> substring(Expression<String> text, int start) {
        if (start < 1) {
            throw new IllegalArgumentException("substring starts at position 1 or later, not " + start);
        }
        return FunctionCall.of(SqlFunction.SUBSTRING, List.of(text, new Param<>(start, DataType.INT)),
                DataType.STRING);
    }

    /**
     * At most {@code length} characters of {@code text} from position {@code start} (the first is 1): fewer where
     * the text ends first, the same on every database.
     */
    public static Expression<String> substring(Expression<String> text, int start, int length) {
        if (start < 1 || length < 0) {
            throw new IllegalArgumentException("substring needs a start of at least 1 and a length of at least 0, "
                    + "not " + start + " and " + length);
        }
        return FunctionCall.of(SqlFunction.SUBSTRING, List.of(text, new Param<>(start, DataType.INT),
                new Param<>(length, DataType.INT)), DataType.STRING);
    }

    /** {@code text} without spaces at either end (other white space is kept, as every database does). */
    public static Expression<String> trim(Expression<String> text) {
        return FunctionCall.of(SqlFunction.TRIM, List.of(text), DataType.STRING);
    }

    /** {@code text} without spaces at its start. */
    public static Expression<String> ltrim(Expression<String> text) {
        return FunctionCall.of(SqlFunction.LTRIM, List.of(text), DataType.STRING);
    }

    /** {@code text} without spaces at its end. */
    public static Expression<String> rtrim(Expression<String> text) {
        return FunctionCall.of(SqlFunction.RTRIM, List.of(text), DataType.STRING);
    }

    /**
     * {@code text} with every occurrence of {@code from} replaced by {@code to}, compared case-sensitively on every
     * database; an empty {@code from} leaves the text as it is.
     */
    public static Expression<String> replace(Expression<String> text, String from, String to) {
        return replace(text, new Param<>(from, DataType.STRING), new Param<>(to, DataType.STRING));
    }

    /** {@link #replace(Expression, String, String)} with expressions. */
    public static Expression<String> replace(Expression<String> text, Expression<String> from,
                                             Expression<String> to) {
        return FunctionCall.of(SqlFunction.REPLACE, List.of(text, from, to), DataType.STRING);
    }

    // ---- functions: any type ----

    /** The first non-NULL of {@code value} and {@code fallback}. */
    public static <T> Expression<T> coalesce(Expression<T> value, T fallback) {
        return FunctionCall.of(SqlFunction.COALESCE, List.of(value, value.param(fallback)), value.type());
    }

    /** The first non-NULL of {@code value} and {@code fallback}, a {@code long}: {@code coalesce(TRACK.bytes, 0)}. */
    public static LongExpression coalesce(LongExpression value, Integer fallback) {
        return (LongExpression) coalesce(value, Widening.toLong(fallback));
    }

    /** The first non-NULL of {@code value} and {@code fallback}, a decimal. */
    public static DecimalExpression coalesce(DecimalExpression value, Integer fallback) {
        return (DecimalExpression) coalesce(value, Widening.toDecimal(fallback));
    }

    /** The first non-NULL of {@code value} and {@code fallback}, a {@code double}. */
    public static DoubleExpression coalesce(DoubleExpression value, Integer fallback) {
        return (DoubleExpression) coalesce(value, Widening.toDouble(fallback));
    }

    /** The first non-NULL of {@code values}. */
    @SafeVarargs
    public static <T> Expression<T> coalesce(Expression<T> first, Expression<T>... rest) {
        Expression<?>[] all = new Expression<?>[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return FunctionCall.of(SqlFunction.COALESCE, Arrays.asList(all), first.type());
    }

    /** NULL where {@code value} equals {@code other}, else {@code value}: {@code nullif(x, "")} for empty texts. */
    public static <T> Expression<T> nullif(Expression<T> value, T other) {
        return nullif(value, value.param(other));
    }

    /** NULL where {@code value} equals {@code other}, else {@code value}. */
    public static <T> Expression<T> nullif(Expression<T> value, Expression<T> other) {
        return FunctionCall.of(SqlFunction.NULLIF, List.of(value, other), value.type());
    }

    /**
     * The largest of the values; NULL if any is NULL, on every database (PostgreSQL's own {@code greatest} skips
     * NULLs, so Quarry writes it so it does not). Text compares by code point, as everywhere in Quarry.
     */
    @SafeVarargs
    public static <T> Expression<T> greatest(Expression<T> first, Expression<T>... rest) {
        return extreme(SqlFunction.GREATEST, first, rest);
    }

    /** The larger of {@code value} and {@code other}; NULL if either is NULL. */
    public static <T> Expression<T> greatest(Expression<T> value, T other) {
        return extreme(SqlFunction.GREATEST, value, value.param(other));
    }

    /** The smallest of the values; NULL if any is NULL, on every database. */
    @SafeVarargs
    public static <T> Expression<T> least(Expression<T> first, Expression<T>... rest) {
        return extreme(SqlFunction.LEAST, first, rest);
    }

    /** The smaller of {@code value} and {@code other}; NULL if either is NULL. */
    public static <T> Expression<T> least(Expression<T> value, T other) {
        return extreme(SqlFunction.LEAST, value, value.param(other));
    }

    @SafeVarargs
    private static <T> Expression<T> extreme(SqlFunction f, Expression<T> first, Expression<T>... rest) {
        if (rest.length == 0) {
            throw new IllegalArgumentException(f + " needs at least two values");
        }
        List<Expression<?>> all = new ArrayList<>(rest.length + 1);
        all.add(first);
        all.addAll(Arrays.asList(rest));
        return FunctionCall.of(f, all, first.type());
    }

    // ---- functions: numbers ----

    public static LongExpression abs(LongExpression number) {
        return (LongExpression) abs((Expression<Long>) number);
    }

    public static IntExpression abs(IntExpression number) {
        return (IntExpression) abs((Expression<Integer>) number);
    }

    public static DecimalExpression abs(DecimalExpression number) {
        return (DecimalExpression) abs((Expression<java.math.BigDecimal>) number);
    }

    public static DoubleExpression abs(DoubleExpression number) {
        return (DoubleExpression) abs((Expression<Double>) number);
    }

    public static <T> Expression<T> abs(Expression<T> number) {
        return FunctionCall.of(SqlFunction.ABS, List.of(number), number.type());
    }

    /** {@link #round(DecimalExpression, int)} to a whole number. */
    public static DecimalExpression round(DecimalExpression number) {
        return round(number, 0);
    }

    /**
     * A decimal rounded to {@code digits} after the point, half away from zero (2.675 to 2.68, -2.5 to -3), the same
     * on every database; a negative {@code digits} rounds to tens, hundreds... (123.45 to 120 with -1). The result
     * has the scale {@code digits} (0 if negative), at most the argument's. {@code digits} is from -30 to 30.
     */
    public static DecimalExpression round(DecimalExpression number, int digits) {
        return (DecimalExpression) round((Expression<java.math.BigDecimal>) number, digits);
    }

    /** {@link #round(DoubleExpression, int)} to a whole number. */
    public static DoubleExpression round(DoubleExpression number) {
        return round(number, 0);
    }

    /**
     * A double rounded to {@code digits} after the point, half away from zero, as its shortest decimal form (the
     * digits {@link Double#toString} shows) is: 2.675 to 2.68 and 1.005 to 1.01, although neither is exactly that
     * as a double; the result is the double nearest to the rounded decimal, the same on every database (as Java's
     * {@code BigDecimal.valueOf(x).setScale(digits, RoundingMode.HALF_UP).doubleValue()}). A negative
     * {@code digits} rounds to tens, hundreds... {@code digits} is from -30 to 30; NaN and infinities stay.
     */
    public static DoubleExpression round(DoubleExpression number, int digits) {
        return (DoubleExpression) round((Expression<Double>) number, digits);
    }

    /**
     * {@code round} of any decimal or double expression: {@link #round(DecimalExpression, int)} or
     * {@link #round(DoubleExpression, int)}; other types are an {@link IllegalArgumentException}.
     */
    public static <T extends Number> Expression<T> round(Expression<T> number, int digits) {
        DataType<T> type = number.type();
        if (type.kind() != dev.quarry.schema.SqlType.DECIMAL && type.kind() != dev.quarry.schema.SqlType.DOUBLE) {
            throw new IllegalArgumentException("round needs a decimal or a double, not " + type
                    + " (a whole number needs no rounding; cast it to a decimal to round it to tens)");
        }
        if (digits < -MAX_ROUND_DIGITS || digits > MAX_ROUND_DIGITS) {
            throw new IllegalArgumentException("round takes -" + MAX_ROUND_DIGITS + " to " + MAX_ROUND_DIGITS
                    + " digits, not " + digits);
        }
        DataType<T> result = type;
        if (type.kind() == dev.quarry.schema.SqlType.DECIMAL) {
            @SuppressWarnings("unchecked")
            DataType<T> scaled = (DataType<T>) DataType.decimal(type.precision(),
                    Math.max(0, Math.min(digits, type.scale())));
            result = scaled;
        }
        return FunctionCall.of(SqlFunction.ROUND, List.of(number, new Param<>(digits, DataType.INT)), result);
    }

    /** The most digits {@code round} takes either way: what MariaDB's DECIMAL(65, 30) holds. */
    private static final int MAX_ROUND_DIGITS = 30;

    // ---- functions: dates and times ----

    /** The year of a date, date-time or instant (instants in UTC), as an int. */
    public static IntExpression year(Expression<?> temporal) {
        return datePart(SqlFunction.YEAR, temporal);
    }

    /** The month (1-12) of a date, date-time or instant (instants in UTC). */
    public static IntExpression month(Expression<?> temporal) {
        return datePart(SqlFunction.MONTH, temporal);
    }

    /** The day of the month (1-31) of a date, date-time or instant (instants in UTC). */
    public static IntExpression day(Expression<?> temporal) {
        return datePart(SqlFunction.DAY, temporal);
    }

    private static IntExpression datePart(SqlFunction part, Expression<?> temporal) {
        switch (temporal.type().kind()) {
            case LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> {
            }
            default -> throw new IllegalArgumentException(part + " needs a date, date-time or instant, not "
                    + temporal.type());
        }
        return (IntExpression) FunctionCall.of(part, List.of(temporal), DataType.INT);
    }

    /**
     * The date of a date-time or instant (an instant's date in UTC): {@code date(INVOICE.invoiceDate)}. A date is
     * itself.
     */
    public static Expression<LocalDate> date(Expression<?> temporal) {
        switch (temporal.type().kind()) {
            case LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> {
            }
            default -> throw new IllegalArgumentException("date needs a date, date-time or instant, not "
                    + temporal.type());
        }
        return FunctionCall.of(SqlFunction.DATE, List.of(temporal), DataType.LOCAL_DATE);
    }

    /**
     * A date, date-time or instant truncated to the start of its {@code part}, of the same type:
     * {@code trunc(INVOICE.invoiceDate, DatePart.MONTH)} is midnight of the first of the month. Instants are
     * truncated in UTC. A date has no HOUR or MINUTE.
     */
    public static <T> Expression<T> trunc(Expression<T> temporal, DatePart part) {
        checkPart("trunc", temporal, part);
        return FunctionCall.of(SqlFunction.TRUNC, List.of(temporal, partParam(part)), temporal.type());
    }

    /**
     * A date, date-time or instant as text down to {@code part}, the same text on every database:
     * {@code 2021}, {@code 2021-03}, {@code 2021-03-15}, {@code 2021-03-15 13:00} or {@code 2021-03-15 13:45}
     * ({@link DatePart#pattern()}). Instants are written in UTC. The texts sort in time order, so they serve as
     * group keys for reports.
     */
    public static Expression<String> format(Expression<?> temporal, DatePart part) {
        checkPart("format", temporal, part);
        return FunctionCall.of(SqlFunction.FORMAT, List.of(temporal, partParam(part)), DataType.STRING);
    }

    private static void checkPart(String function, Expression<?> temporal, DatePart part) {
        java.util.Objects.requireNonNull(part, "part");
        switch (temporal.type().kind()) {
            case LOCAL_DATE -> {
                if (!part.ofDate()) {
                    throw new IllegalArgumentException(function + " of a date takes YEAR, MONTH or DAY, not "
                            + part);
                }
            }
            case LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> {
            }
            default -> throw new IllegalArgumentException(function + " needs a date, date-time or instant, not "
                    + temporal.type());
        }
    }

    private static Param<DatePart> partParam(DatePart part) {
        return new Param<>(part, DataType.enumOf(DatePart.class));
    }

    /**
     * {@code CAST(x AS type)} to a number, text, date, date-time or time type; see {@link Cast} for what converts
     * to what.
     */
    public static <T> Expression<T> cast(Expression<?> x, DataType<T> type) {
        return new Cast<>(x, type);
    }

    /**
     * A call of a SQL function Quarry does not know: one a connection hook registered (a Java function on SQLite),
     * one a loaded extension brings, or any built-in of the database. The name is written unquoted, so it must be
     * an identifier (letters, digits and underscores, not starting with a digit); the arguments are bound or
     * rendered like any expression. Aggregate functions work too, where an aggregate may stand.
     *
     * <pre>{@code select(function("half", DataType.DOUBLE, ITEM.price)).from(ITEM)}</pre>
     *
     * @param name      the function's name, as the database knows it
     * @param type      the type of its result, used to read it
     * @param arguments its arguments, in order
     */
    public static <T> Expression<T> function(String name, DataType<T> type, Expression<?>... arguments) {
        return new UserFunctionCall<>(name, Arrays.asList(arguments), type);
    }

    /** {@code CASE WHEN condition THEN value}; add more with {@code when}, finish with {@code otherwise}. */
    public static <T> CaseWhen<T> when(Condition condition, Expression<T> value) {
        return new CaseWhen<>(List.of(new CaseWhen.Branch<>(condition, value)), null, value.type());
    }

    /** {@code CASE WHEN condition THEN value} with a bound value. */
    public static <T> CaseWhen<T> when(Condition condition, T value) {
        return when(condition, val(value));
    }

    /** A subquery selecting one value, as an expression. */
    public static <T> Expression<T> scalar(Select<T> subquery) {
        if (subquery.query().width() != 1) {
            throw new IllegalArgumentException("a scalar subquery selects one column, not "
                    + subquery.query().width());
        }
        Selection<?> s = subquery.query().selections().get(0);
        @SuppressWarnings("unchecked")
        DataType<T> type = (DataType<T>) ((Expression<?>) s).type();
        return new ScalarSubquery<>(subquery.query(), type);
    }

    // ---- aggregates ----

    /** {@code count(*)}, a {@code long}: {@code count().gt(20)}. */
    public static Aggregate.OfLong count() {
        return (Aggregate.OfLong) Aggregate.of(AggregateFunction.COUNT, null, false, DataType.LONG);
    }

    /** {@code count(x)}: the non-NULL values. */
    public static Aggregate.OfLong count(Expression<?> x) {
        return (Aggregate.OfLong) Aggregate.of(AggregateFunction.COUNT, x, false, DataType.LONG);
    }

    /** {@code count(DISTINCT x)}: the distinct non-NULL values. */
    public static Aggregate.OfLong countDistinct(Expression<?> x) {
        return (Aggregate.OfLong) Aggregate.of(AggregateFunction.COUNT, x, true, DataType.LONG);
    }

    /**
     * {@code sum(x)}, typed like {@code x}: the sum of an {@code int} column reads as an {@code int} (a sum that does
     * not fit is an error, not a wrapped value; use {@link #sumLong} for large sums), of a decimal column as a
     * decimal at the column's scale. NULL over no rows.
     */
    public static <T> Aggregate<T> sum(Expression<T> x) {
        if (!x.type().isNumeric()) {
            throw new IllegalArgumentException("sum needs a number, not " + x.type());
        }
        return Aggregate.of(AggregateFunction.SUM, x, false, x.type());
    }

    /** {@link #sum(Expression)} of longs. */
    public static Aggregate.OfLong sum(LongExpression x) {
        return (Aggregate.OfLong) sum((Expression<Long>) x);
    }

    /** {@link #sum(Expression)} of ints: an {@code int}. */
    public static Aggregate.OfInt sum(IntExpression x) {
        return (Aggregate.OfInt) sum((Expression<Integer>) x);
    }

    /** {@link #sum(Expression)} of decimals: exact, at the argument's scale. */
    public static Aggregate.OfDecimal sum(DecimalExpression x) {
        return (Aggregate.OfDecimal) sum((Expression<java.math.BigDecimal>) x);
    }

    /** {@link #sum(Expression)} of doubles. */
    public static Aggregate.OfDouble sum(DoubleExpression x) {
        return (Aggregate.OfDouble) sum((Expression<Double>) x);
    }

    /** {@code sum(x)} of an integer column, as a {@code long}. */
    public static Aggregate.OfLong sumLong(Expression<? extends Number> x) {
        return (Aggregate.OfLong) Aggregate.of(AggregateFunction.SUM, x, false, DataType.LONG);
    }

    /** {@code avg(x)} as a double, on every database. */
    public static Aggregate.OfDouble avg(Expression<? extends Number> x) {
        return (Aggregate.OfDouble) Aggregate.of(AggregateFunction.AVG, x, false, DataType.DOUBLE);
    }

    public static <T> Aggregate<T> min(Expression<T> x) {
        return Aggregate.of(AggregateFunction.MIN, x, false, x.type());
    }

    public static Aggregate.OfLong min(LongExpression x) {
        return (Aggregate.OfLong) min((Expression<Long>) x);
    }

    public static Aggregate.OfInt min(IntExpression x) {
        return (Aggregate.OfInt) min((Expression<Integer>) x);
    }

    public static Aggregate.OfDecimal min(DecimalExpression x) {
        return (Aggregate.OfDecimal) min((Expression<java.math.BigDecimal>) x);
    }

    public static Aggregate.OfDouble min(DoubleExpression x) {
        return (Aggregate.OfDouble) min((Expression<Double>) x);
    }

    public static <T> Aggregate<T> max(Expression<T> x) {
        return Aggregate.of(AggregateFunction.MAX, x, false, x.type());
    }

    public static Aggregate.OfLong max(LongExpression x) {
        return (Aggregate.OfLong) max((Expression<Long>) x);
    }

    public static Aggregate.OfInt max(IntExpression x) {
        return (Aggregate.OfInt) max((Expression<Integer>) x);
    }

    public static Aggregate.OfDecimal max(DecimalExpression x) {
        return (Aggregate.OfDecimal) max((Expression<java.math.BigDecimal>) x);
    }

    public static Aggregate.OfDouble max(DoubleExpression x) {
        return (Aggregate.OfDouble) max((Expression<Double>) x);
    }

    // ---- window functions ----

    public static RankingFunction rowNumber() {
        return new RankingFunction(WindowFunction.Kind.ROW_NUMBER);
    }

    public static RankingFunction rank() {
        return new RankingFunction(WindowFunction.Kind.RANK);
    }

    public static RankingFunction denseRank() {
        return new RankingFunction(WindowFunction.Kind.DENSE_RANK);
    }

    /** A select-list alias, for ordering by it: {@code orderBy(ref("total", DataType.LONG).desc())}. */
    public static <T> FieldRef<T> ref(String alias, DataType<T> type) {
        return new FieldRef<>(null, alias, type);
    }
}
