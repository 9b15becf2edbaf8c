package dev.quarry.query;

import static dev.quarry.query.ArithmeticOperator.ADD;
import static dev.quarry.query.ArithmeticOperator.DIVIDE;
import static dev.quarry.query.ArithmeticOperator.MULTIPLY;
import static dev.quarry.query.ArithmeticOperator.SUBTRACT;

/**
 * What {@link IntExpression} and {@link LongExpression} share: arithmetic with a {@code double}, which is double
 * arithmetic, and with a decimal, which is exact decimal arithmetic at the decimal's type (docs/dsl.md, "Literals
 * and mixed types"). Their own integer arithmetic, which differs by width, is in each.
 *
 * @param <T> {@code Integer} or {@code Long}
 */
public sealed interface IntegerExpression<T extends Number> extends Expression<T>
        permits IntExpression, LongExpression {

    // ---- with a double: double arithmetic ----

    default DoubleExpression plus(Double value) {
        return Widening.doubles(ADD, this, value);
    }

    default DoubleExpression plus(DoubleExpression other) {
        return Widening.doubles(ADD, this, other);
    }

    default DoubleExpression minus(Double value) {
        return Widening.doubles(SUBTRACT, this, value);
    }

    default DoubleExpression minus(DoubleExpression other) {
        return Widening.doubles(SUBTRACT, this, other);
    }

    default DoubleExpression times(Double value) {
        return Widening.doubles(MULTIPLY, this, value);
    }

    default DoubleExpression times(DoubleExpression other) {
        return Widening.doubles(MULTIPLY, this, other);
    }

    /** Floating-point division: {@code sumLong(TRACK.milliseconds).div(60000.0)} is a number of minutes. */
    default DoubleExpression div(Double value) {
        return Widening.doubles(DIVIDE, this, value);
    }

    default DoubleExpression div(DoubleExpression other) {
        return Widening.doubles(DIVIDE, this, other);
    }

    // ---- with a decimal: exact decimal arithmetic ----

    default DecimalExpression plus(DecimalExpression other) {
        return Widening.decimals(ADD, this, other, other.type());
    }

    default DecimalExpression minus(DecimalExpression other) {
        return Widening.decimals(SUBTRACT, this, other, other.type());
    }

    default DecimalExpression times(DecimalExpression other) {
        return Widening.decimals(MULTIPLY, this, other, other.type());
    }
}
