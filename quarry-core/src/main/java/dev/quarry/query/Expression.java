package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A typed SQL expression: a column, a bound value, a function, an aggregate, a condition... Every method returns a
 * new immutable node; nothing here knows SQL text or JDBC. Values given to these methods always become bound
 * parameters, typed like the expression they meet.
 *
 * @param <T> the Java type of its value
 */
public sealed interface Expression<T> extends Selection<T>
        permits Column, Param, Placeholder, FunctionCall, UserFunctionCall, Arithmetic, Aggregate, WindowFunction,
        CaseWhen, Cast, ScalarSubquery, Aliased, FieldRef, Excluded, Condition,
        IntegerExpression, DecimalExpression, DoubleExpression {

    /** The type of its value. */
    DataType<T> type();

    @Override
    default int width() {
        return 1;
    }

    @Override
    default T read(Row row, int offset) {
        return row.get(offset, type());
    }

    /** A bound value of this expression's type. */
    default Param<T> param(T value) {
        return new Param<>(value, type());
    }

    // ---- comparison ----

    default Condition eq(T value) {
        return value == null ? isNull() : new Comparison(CompareOperator.EQ, this, param(value));
    }

    default Condition eq(Expression<T> other) {
        return new Comparison(CompareOperator.EQ, this, other);
    }

    default Condition ne(T value) {
        return value == null ? isNotNull() : new Comparison(CompareOperator.NE, this, param(value));
    }

    default Condition ne(Expression<T> other) {
        return new Comparison(CompareOperator.NE, this, other);
    }

    default Condition lt(T value) {
        return new Comparison(CompareOperator.LT, this, param(value));
    }

    default Condition lt(Expression<T> other) {
        return new Comparison(CompareOperator.LT, this, other);
    }

    default Condition le(T value) {
        return new Comparison(CompareOperator.LE, this, param(value));
    }

    default Condition le(Expression<T> other) {
        return new Comparison(CompareOperator.LE, this, other);
    }

    default Condition gt(T value) {
        return new Comparison(CompareOperator.GT, this, param(value));
    }

    default Condition gt(Expression<T> other) {
        return new Comparison(CompareOperator.GT, this, other);
    }

    default Condition ge(T value) {
        return new Comparison(CompareOperator.GE, this, param(value));
    }

    default Condition ge(Expression<T> other) {
        return new Comparison(CompareOperator.GE, this, other);
    }

    default Condition between(T low, T high) {
        return new Between(this, param(low), param(high), false);
    }

    default Condition between(Expression<T> low, Expression<T> high) {
        return new Between(this, low, high, false);
    }

    default Condition notBetween(T low, T high) {
        return new Between(this, param(low), param(high), true);
    }

    // ---- membership ----

    @SuppressWarnings("unchecked")
    default Condition in(T... values) {
        return in(Arrays.asList(values));
    }

    /** {@code this IN (values)}; an empty collection matches nothing. */
    default Condition in(Collection<? extends T> values) {
        return new InList(this, params(values), false);
    }

    @SuppressWarnings("unchecked")
    default Condition notIn(T... values) {
        return notIn(Arrays.asList(values));
    }

    /** {@code this NOT IN (values)}; an empty collection matches every row. */
    default Condition notIn(Collection<? extends T> values) {
        return new InList(this, params(values), true);
    }

    /** {@code this IN (subquery)}; the subquery must select one column of this type. */
    default Condition in(Select<T> subquery) {
        return new InSubquery(this, subquery.query(), false);
    }

    default Condition notIn(Select<T> subquery) {
        return new InSubquery(this, subquery.query(), true);
    }

    private List<Expression<?>> params(Collection<? extends T> values) {
        List<Expression<?>> list = new ArrayList<>(values.size());
        for (T v : values) {
            list.add(param(v));
        }
        return list;
    }

    // ---- null ----

    default Condition isNull() {
        return new IsNull(this, false);
    }

    default Condition isNotNull() {
        return new IsNull(this, true);
    }

    // ---- text matching ----

    /**
     * {@code this LIKE pattern}: {@code %} matches any run of characters, {@code _} one character, and a backslash
     * makes the next character literal. Case sensitivity follows the database (Quarry's tables are case-sensitive
     * on all three); use {@link #likeIgnoreCase(String)} for a portable case-insensitive match.
     */
    default Condition like(String pattern) {
        return new Like(this, new Param<>(pattern, DataType.STRING), false, false);
    }

    default Condition notLike(String pattern) {
        return new Like(this, new Param<>(pattern, DataType.STRING), false, true);
    }

    /** {@link #like(String)} ignoring case, the same on every database. */
    default Condition likeIgnoreCase(String pattern) {
        return new Like(this, new Param<>(pattern, DataType.STRING), true, false);
    }

    /** Whether the text contains {@code text} literally (its {@code %}, {@code _} and {@code \} match themselves). */
    default Condition contains(String text) {
        return like("%" + Like.escape(text) + "%");
    }

    /** {@link #contains(String)} ignoring case. */
    default Condition containsIgnoreCase(String text) {
        return likeIgnoreCase("%" + Like.escape(text) + "%");
    }

    /** Whether the text starts with {@code text} literally. */
    default Condition startsWith(String text) {
        return like(Like.escape(text) + "%");
    }

    /** Whether the text ends with {@code text} literally. */
    default Condition endsWith(String text) {
        return like("%" + Like.escape(text));
    }

    // ---- arithmetic ----

    default Expression<T> plus(T value) {
        return Arithmetic.of(ArithmeticOperator.ADD, this, param(value));
    }

    default Expression<T> plus(Expression<T> other) {
        return Arithmetic.of(ArithmeticOperator.ADD, this, other);
    }

    default Expression<T> minus(T value) {
        return Arithmetic.of(ArithmeticOperator.SUBTRACT, this, param(value));
    }

    default Expression<T> minus(Expression<T> other) {
        return Arithmetic.of(ArithmeticOperator.SUBTRACT, this, other);
    }

    default Expression<T> times(T value) {
        return Arithmetic.of(ArithmeticOperator.MULTIPLY, this, param(value));
    }

    default Expression<T> times(Expression<T> other) {
        return Arithmetic.of(ArithmeticOperator.MULTIPLY, this, other);
    }

    /** Division; integer types divide as integers on every database (truncating toward zero). */
    default Expression<T> div(T value) {
        return Arithmetic.of(ArithmeticOperator.DIVIDE, this, param(value));
    }

    default Expression<T> div(Expression<T> other) {
        return Arithmetic.of(ArithmeticOperator.DIVIDE, this, other);
    }

    default Expression<T> mod(T value) {
        return Arithmetic.of(ArithmeticOperator.MODULO, this, param(value));
    }

    // ---- ordering and naming ----

    default SortField<T> asc() {
        return new SortField<>(this, false, NullOrder.DEFAULT);
    }

    default SortField<T> desc() {
        return new SortField<>(this, true, NullOrder.DEFAULT);
    }

    /** This expression under the name {@code alias} in the select list. */
    default Aliased<T> as(String alias) {
        return new Aliased<>(this, alias);
    }
}
