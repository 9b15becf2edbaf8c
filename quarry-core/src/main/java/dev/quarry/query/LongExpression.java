package dev.quarry.query;

import static dev.quarry.query.ArithmeticOperator.ADD;
import static dev.quarry.query.ArithmeticOperator.DIVIDE;
import static dev.quarry.query.ArithmeticOperator.MODULO;
import static dev.quarry.query.ArithmeticOperator.MULTIPLY;
import static dev.quarry.query.ArithmeticOperator.SUBTRACT;

import dev.quarry.schema.DataType;

/**
 * An expression of {@code long} values: a {@code long} column, {@code count()}, {@code sumLong(...)}, arithmetic
 * on longs... Besides what every expression takes, it takes what widens to a {@code long} without changing
 * (docs/dsl.md, "Literals and mixed types"):
 *
 * <ul>
 *   <li>{@code int} values: {@code TRACK.trackId.eq(3435)}, {@code ALBUM.artistId.in(1, 8, 50)},
 *       {@code count().gt(20)};</li>
 *   <li>arithmetic as Java types it: with an {@code int} operand a {@code long}, with a {@code double} operand a
 *       {@code double} ({@code sumLong(ms).div(60000.0)}), with a decimal operand a decimal.</li>
 * </ul>
 *
 * Division of two whole numbers truncates toward zero on every database.
 */
public sealed interface LongExpression extends IntegerExpression<Long>
        permits LongColumn, Arithmetic.OfLong, FunctionCall.OfLong, Aggregate.OfLong {

    // ---- int values ----

    /** {@code this = value}; a null value is {@code IS NULL}. */
    default Condition eq(Integer value) {
        return eq(Widening.toLong(value));
    }

    /** {@code this <> value}; a null value is {@code IS NOT NULL}. */
    default Condition ne(Integer value) {
        return ne(Widening.toLong(value));
    }

    default Condition lt(Integer value) {
        return lt(Widening.toLong(value));
    }

    default Condition le(Integer value) {
        return le(Widening.toLong(value));
    }

    default Condition gt(Integer value) {
        return gt(Widening.toLong(value));
    }

    default Condition ge(Integer value) {
        return ge(Widening.toLong(value));
    }

    default Condition between(Integer low, Integer high) {
        return between(Widening.toLong(low), Widening.toLong(high));
    }

    default Condition notBetween(Integer low, Integer high) {
        return notBetween(Widening.toLong(low), Widening.toLong(high));
    }

    /** {@code this IN (values)}. */
    default Condition in(Integer... values) {
        return in(Widening.toLongs(values));
    }

    /** {@code this NOT IN (values)}. */
    default Condition notIn(Integer... values) {
        return notIn(Widening.toLongs(values));
    }

    // ---- long arithmetic ----

    @Override
    default LongExpression plus(Long value) {
        return longs(ADD, param(value));
    }

    @Override
    default LongExpression plus(Expression<Long> other) {
        return longs(ADD, other);
    }

    default LongExpression plus(Integer value) {
        return longs(ADD, param(Widening.toLong(value)));
    }

    default LongExpression plus(IntExpression other) {
        return longs(ADD, other);
    }

    @Override
    default LongExpression minus(Long value) {
        return longs(SUBTRACT, param(value));
    }

    @Override
    default LongExpression minus(Expression<Long> other) {
        return longs(SUBTRACT, other);
    }

    default LongExpression minus(Integer value) {
        return longs(SUBTRACT, param(Widening.toLong(value)));
    }

    default LongExpression minus(IntExpression other) {
        return longs(SUBTRACT, other);
    }

    @Override
    default LongExpression times(Long value) {
        return longs(MULTIPLY, param(value));
    }

    @Override
    default LongExpression times(Expression<Long> other) {
        return longs(MULTIPLY, other);
    }

    default LongExpression times(Integer value) {
        return longs(MULTIPLY, param(Widening.toLong(value)));
    }

    default LongExpression times(IntExpression other) {
        return longs(MULTIPLY, other);
    }

    /** Integer division, truncating toward zero on every database. */
    @Override
    default LongExpression div(Long value) {
        return longs(DIVIDE, param(value));
    }

    /** Integer division, truncating toward zero on every database. */
    @Override
    default LongExpression div(Expression<Long> other) {
        return longs(DIVIDE, other);
    }

    /** Integer division, truncating toward zero on every database. */
    default LongExpression div(Integer value) {
        return longs(DIVIDE, param(Widening.toLong(value)));
    }

    /** Integer division, truncating toward zero on every database. */
    default LongExpression div(IntExpression other) {
        return longs(DIVIDE, other);
    }

    @Override
    default LongExpression mod(Long value) {
        return longs(MODULO, param(value));
    }

    default LongExpression mod(Integer value) {
        return longs(MODULO, param(Widening.toLong(value)));
    }

    private LongExpression longs(ArithmeticOperator op, Expression<?> right) {
        return (LongExpression) Arithmetic.of(op, this, right, DataType.LONG);
    }
}
