package dev.quarry.query;

import static dev.quarry.query.ArithmeticOperator.ADD;
import static dev.quarry.query.ArithmeticOperator.DIVIDE;
import static dev.quarry.query.ArithmeticOperator.MODULO;
import static dev.quarry.query.ArithmeticOperator.MULTIPLY;
import static dev.quarry.query.ArithmeticOperator.SUBTRACT;

import dev.quarry.schema.DataType;

/**
 * An expression of {@code int} values: an {@code int} column, {@code length(...)}, {@code year(...)}... Its
 * arithmetic is typed as Java types it (docs/dsl.md, "Literals and mixed types"): with an {@code int} an
 * {@code int}, with a {@code long} a {@code long} ({@code INVOICE_LINE.quantity.times(TRACK.milliseconds)}), with
 * a {@code double} a {@code double}, with a decimal a decimal ({@link IntegerExpression}). A {@code long} value is not taken where an
 * {@code int} is compared: it may not fit.
 */
public sealed interface IntExpression extends IntegerExpression<Integer>
        permits IntColumn, Arithmetic.OfInt, FunctionCall.OfInt, Aggregate.OfInt {

    // ---- int arithmetic ----

    @Override
    default IntExpression plus(Integer value) {
        return ints(ADD, param(value));
    }

    @Override
    default IntExpression plus(Expression<Integer> other) {
        return ints(ADD, other);
    }

    @Override
    default IntExpression minus(Integer value) {
        return ints(SUBTRACT, param(value));
    }

    @Override
    default IntExpression minus(Expression<Integer> other) {
        return ints(SUBTRACT, other);
    }

    @Override
    default IntExpression times(Integer value) {
        return ints(MULTIPLY, param(value));
    }

    @Override
    default IntExpression times(Expression<Integer> other) {
        return ints(MULTIPLY, other);
    }

    /** Integer division, truncating toward zero on every database. */
    @Override
    default IntExpression div(Integer value) {
        return ints(DIVIDE, param(value));
    }

    /** Integer division, truncating toward zero on every database. */
    @Override
    default IntExpression div(Expression<Integer> other) {
        return ints(DIVIDE, other);
    }

    @Override
    default IntExpression mod(Integer value) {
        return ints(MODULO, param(value));
    }

    // ---- with a long: long arithmetic ----

    default LongExpression plus(Long value) {
        return Widening.longs(ADD, this, value);
    }

    default LongExpression plus(LongExpression other) {
        return Widening.longs(ADD, this, other);
    }

    default LongExpression minus(Long value) {
        return Widening.longs(SUBTRACT, this, value);
    }

    default LongExpression minus(LongExpression other) {
        return Widening.longs(SUBTRACT, this, other);
    }

    default LongExpression times(Long value) {
        return Widening.longs(MULTIPLY, this, value);
    }

    default LongExpression times(LongExpression other) {
        return Widening.longs(MULTIPLY, this, other);
    }

    /** Integer division, truncating toward zero on every database. */
    default LongExpression div(Long value) {
        return Widening.longs(DIVIDE, this, value);
    }

    /** Integer division, truncating toward zero on every database. */
    default LongExpression div(LongExpression other) {
        return Widening.longs(DIVIDE, this, other);
    }

    default LongExpression mod(Long value) {
        return Widening.longs(MODULO, this, value);
    }

    private IntExpression ints(ArithmeticOperator op, Expression<?> right) {
        return (IntExpression) Arithmetic.of(op, this, right, DataType.INT);
    }
}
