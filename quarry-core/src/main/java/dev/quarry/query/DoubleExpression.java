package dev.quarry.query;

import static dev.quarry.query.ArithmeticOperator.ADD;
import static dev.quarry.query.ArithmeticOperator.DIVIDE;
import static dev.quarry.query.ArithmeticOperator.MODULO;
import static dev.quarry.query.ArithmeticOperator.MULTIPLY;
import static dev.quarry.query.ArithmeticOperator.SUBTRACT;

import dev.quarry.schema.DataType;

/**
 * An expression of {@code double} values: a {@code double} column, {@code avg(...)}, arithmetic with a double...
 * Besides what every expression takes, it takes {@code int} values, which a double holds exactly
 * ({@code avg(x).gt(3)}), and whole-number operands, computed as doubles as Java does (docs/dsl.md, "Literals and
 * mixed types"). A {@code long} value is not taken where a double is compared: above 2^53 it may not be exact.
 */
public sealed interface DoubleExpression extends Expression<Double>
        permits DoubleColumn, Arithmetic.OfDouble, FunctionCall.OfDouble, Aggregate.OfDouble {

    // ---- int values ----

    /** {@code this = value}; a null value is {@code IS NULL}. */
    default Condition eq(Integer value) {
        return eq(Widening.toDouble(value));
    }

    /** {@code this <> value}; a null value is {@code IS NOT NULL}. */
    default Condition ne(Integer value) {
        return ne(Widening.toDouble(value));
    }

    default Condition lt(Integer value) {
        return lt(Widening.toDouble(value));
    }

    default Condition le(Integer value) {
        return le(Widening.toDouble(value));
    }

    default Condition gt(Integer value) {
        return gt(Widening.toDouble(value));
    }

    default Condition ge(Integer value) {
        return ge(Widening.toDouble(value));
    }

    default Condition between(Integer low, Integer high) {
        return between(Widening.toDouble(low), Widening.toDouble(high));
    }

    default Condition notBetween(Integer low, Integer high) {
        return notBetween(Widening.toDouble(low), Widening.toDouble(high));
    }

    default Condition in(Integer... values) {
        return in(Widening.toDoubles(values));
    }

    default Condition notIn(Integer... values) {
        return notIn(Widening.toDoubles(values));
    }

    // ---- double arithmetic ----

    @Override
    default DoubleExpression plus(Double value) {
        return doubles(ADD, param(value));
    }

    @Override
    default DoubleExpression plus(Expression<Double> other) {
        return doubles(ADD, other);
    }

    default DoubleExpression plus(Integer value) {
        return doubles(ADD, param(Widening.toDouble(value)));
    }

    default DoubleExpression plus(Long value) {
        return Widening.doubles(ADD, this, Widening.toDouble(value));
    }

    default DoubleExpression plus(IntExpression other) {
        return doubles(ADD, other);
    }

    default DoubleExpression plus(LongExpression other) {
        return doubles(ADD, other);
    }

    @Override
    default DoubleExpression minus(Double value) {
        return doubles(SUBTRACT, param(value));
    }

    @Override
    default DoubleExpression minus(Expression<Double> other) {
        return doubles(SUBTRACT, other);
    }

    default DoubleExpression minus(Integer value) {
        return doubles(SUBTRACT, param(Widening.toDouble(value)));
    }

    default DoubleExpression minus(Long value) {
        return Widening.doubles(SUBTRACT, this, Widening.toDouble(value));
    }

    default DoubleExpression minus(IntExpression other) {
        return doubles(SUBTRACT, other);
    }

    default DoubleExpression minus(LongExpression other) {
        return doubles(SUBTRACT, other);
    }

    @Override
    default DoubleExpression times(Double value) {
        return doubles(MULTIPLY, param(value));
    }

    @Override
    default DoubleExpression times(Expression<Double> other) {
        return doubles(MULTIPLY, other);
    }

    default DoubleExpression times(Integer value) {
        return doubles(MULTIPLY, param(Widening.toDouble(value)));
    }

    default DoubleExpression times(Long value) {
        return Widening.doubles(MULTIPLY, this, Widening.toDouble(value));
    }

    default DoubleExpression times(IntExpression other) {
        return doubles(MULTIPLY, other);
    }

    default DoubleExpression times(LongExpression other) {
        return doubles(MULTIPLY, other);
    }

    @Override
    default DoubleExpression div(Double value) {
        return doubles(DIVIDE, param(value));
    }

    @Override
    default DoubleExpression div(Expression<Double> other) {
        return doubles(DIVIDE, other);
    }

    default DoubleExpression div(Integer value) {
        return doubles(DIVIDE, param(Widening.toDouble(value)));
    }

    default DoubleExpression div(Long value) {
        return Widening.doubles(DIVIDE, this, Widening.toDouble(value));
    }

    default DoubleExpression div(IntExpression other) {
        return doubles(DIVIDE, other);
    }

    default DoubleExpression div(LongExpression other) {
        return doubles(DIVIDE, other);
    }

    @Override
    default DoubleExpression mod(Double value) {
        return doubles(MODULO, param(value));
    }

    private DoubleExpression doubles(ArithmeticOperator op, Expression<?> right) {
        return (DoubleExpression) Arithmetic.of(op, this, right, DataType.DOUBLE);
    }
}
