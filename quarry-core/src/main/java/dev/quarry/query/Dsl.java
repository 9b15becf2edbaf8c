package dev.quarry.query;

import dev.quarry.schema.DataType;
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

    // ---- functions ----

    public static Expression<String> lower(Expression<String> text) {
        return new FunctionCall<>(SqlFunction.LOWER, List.of(text), DataType.STRING);
    }

    public static Expression<String> upper(Expression<String> text) {
        return new FunctionCall<>(SqlFunction.UPPER, List.of(text), DataType.STRING);
    }

    /** The length of a text in characters (code points), the same on every database. */
    public static Expression<Integer> length(Expression<String> text) {
        return new FunctionCall<>(SqlFunction.LENGTH, List.of(text), DataType.INT);
    }

    /** Texts joined; NULL if any part is NULL, on every database. */
    @SafeVarargs
    public static Expression<String> concat(Expression<String>... parts) {
        if (parts.length < 2) {
            throw new IllegalArgumentException("concat needs at least two parts");
        }
        return new FunctionCall<>(SqlFunction.CONCAT, Arrays.asList(parts), DataType.STRING);
    }

    /** The first non-NULL of {@code value} and {@code fallback}. */
    public static <T> Expression<T> coalesce(Expression<T> value, T fallback) {
        return new FunctionCall<>(SqlFunction.COALESCE, List.of(value, value.param(fallback)), value.type());
    }

    /** The first non-NULL of {@code values}. */
    @SafeVarargs
    public static <T> Expression<T> coalesce(Expression<T> first, Expression<T>... rest) {
        Expression<?>[] all = new Expression<?>[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return new FunctionCall<>(SqlFunction.COALESCE, Arrays.asList(all), first.type());
    }

    public static <T> Expression<T> abs(Expression<T> number) {
        return new FunctionCall<>(SqlFunction.ABS, List.of(number), number.type());
    }

    /** The year of a date, date-time or instant (instants in UTC), as an int. */
    public static Expression<Integer> year(Expression<?> temporal) {
        return datePart(SqlFunction.YEAR, temporal);
    }

    /** The month (1-12) of a date, date-time or instant (instants in UTC). */
    public static Expression<Integer> month(Expression<?> temporal) {
        return datePart(SqlFunction.MONTH, temporal);
    }

    /** The day of the month (1-31) of a date, date-time or instant (instants in UTC). */
    public static Expression<Integer> day(Expression<?> temporal) {
        return datePart(SqlFunction.DAY, temporal);
    }

    private static Expression<Integer> datePart(SqlFunction part, Expression<?> temporal) {
        switch (temporal.type().kind()) {
            case LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, OFFSET_DATE_TIME -> {
            }
            default -> throw new IllegalArgumentException(part + " needs a date, date-time or instant, not "
                    + temporal.type());
        }
        return new FunctionCall<>(part, List.of(temporal), DataType.INT);
    }

    /** {@code CAST(x AS type)} to a number or text type; see {@link Cast}. */
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

    /** {@code count(*)}. */
    public static Aggregate<Long> count() {
        return new Aggregate<>(AggregateFunction.COUNT, null, false, DataType.LONG);
    }

    /** {@code count(x)}: the non-NULL values. */
    public static Aggregate<Long> count(Expression<?> x) {
        return new Aggregate<>(AggregateFunction.COUNT, x, false, DataType.LONG);
    }

    public static Aggregate<Long> countDistinct(Expression<?> x) {
        return new Aggregate<>(AggregateFunction.COUNT, x, true, DataType.LONG);
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
        return new Aggregate<>(AggregateFunction.SUM, x, false, x.type());
    }

    /** {@code sum(x)} of an integer column, as a {@code long}. */
    public static Aggregate<Long> sumLong(Expression<? extends Number> x) {
        return new Aggregate<>(AggregateFunction.SUM, x, false, DataType.LONG);
    }

    /** {@code avg(x)} as a double, on every database. */
    public static Aggregate<Double> avg(Expression<? extends Number> x) {
        return new Aggregate<>(AggregateFunction.AVG, x, false, DataType.DOUBLE);
    }

    public static <T> Aggregate<T> min(Expression<T> x) {
        return new Aggregate<>(AggregateFunction.MIN, x, false, x.type());
    }

    public static <T> Aggregate<T> max(Expression<T> x) {
        return new Aggregate<>(AggregateFunction.MAX, x, false, x.type());
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
