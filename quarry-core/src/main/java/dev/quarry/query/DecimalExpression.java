package dev.quarry.query;

import static dev.quarry.query.ArithmeticOperator.ADD;
import static dev.quarry.query.ArithmeticOperator.DIVIDE;
import static dev.quarry.query.ArithmeticOperator.MODULO;
import static dev.quarry.query.ArithmeticOperator.MULTIPLY;
import static dev.quarry.query.ArithmeticOperator.SUBTRACT;

import java.math.BigDecimal;

/**
 * An expression of exact decimal values: a {@code BigDecimal} column, {@code sum(...)} of one, arithmetic on
 * decimals... Besides what every expression takes, it takes the whole numbers, which a decimal holds exactly
 * (docs/dsl.md, "Literals and mixed types"): {@code int} and {@code long} values ({@code TRACK.unitPrice.lt(1)}),
 * and {@code int} and {@code long} operands ({@code INVOICE_LINE.unitPrice.times(INVOICE_LINE.quantity)}), always
 * with a decimal result of this expression's type. A {@code double} is not taken: it would make the result
 * inexact (convert it explicitly with {@code cast} if that is meant).
 */
public sealed interface DecimalExpression extends Expression<BigDecimal>
        permits DecimalColumn, Arithmetic.OfDecimal, FunctionCall.OfDecimal, Aggregate.OfDecimal {

    // ---- whole-number values ----

    /** {@code this = value}; a null value is {@code IS NULL}. */
    default Condition eq(Integer value) {
        return eq(Widening.toDecimal(value));
    }

    /** {@code this = value}; a null value is {@code IS NULL}. */
    default Condition eq(Long value) {
        return eq(Widening.toDecimal(value));
    }

    /** {@code this <> value}; a null value is {@code IS NOT NULL}. */
    default Condition ne(Integer value) {
        return ne(Widening.toDecimal(value));
    }

    /** {@code this <> value}; a null value is {@code IS NOT NULL}. */
    default Condition ne(Long value) {
        return ne(Widening.toDecimal(value));
    }

    default Condition lt(Integer value) {
        return lt(Widening.toDecimal(value));
    }

    default Condition lt(Long value) {
        return lt(Widening.toDecimal(value));
    }

    default Condition le(Integer value) {
        return le(Widening.toDecimal(value));
    }

    default Condition le(Long value) {
        return le(Widening.toDecimal(value));
    }

    default Condition gt(Integer value) {
        return gt(Widening.toDecimal(value));
    }

    default Condition gt(Long value) {
        return gt(Widening.toDecimal(value));
    }

    default Condition ge(Integer value) {
        return ge(Widening.toDecimal(value));
    }

    default Condition ge(Long value) {
        return ge(Widening.toDecimal(value));
    }

    default Condition between(Integer low, Integer high) {
        return between(Widening.toDecimal(low), Widening.toDecimal(high));
    }

    default Condition between(Long low, Long high) {
        return between(Widening.toDecimal(low), Widening.toDecimal(high));
    }

    default Condition notBetween(Integer low, Integer high) {
        return notBetween(Widening.toDecimal(low), Widening.toDecimal(high));
    }

    default Condition notBetween(Long low, Long high) {
        return notBetween(Widening.toDecimal(low), Widening.toDecimal(high));
    }

    default Condition in(Integer... values) {
        return in(Widening.toDecimals(values));
    }

    default Condition in(Long... values) {
        return in(Widening.toDecimals(values));
    }

    default Condition notIn(Integer... values) {
        return notIn(Widening.toDecimals(values));
    }

    default Condition notIn(Long... values) {
        return notIn(Widening.toDecimals(values));
    }

    // ---- decimal arithmetic ----

    @Override
    default DecimalExpression plus(BigDecimal value) {
        return decimals(ADD, param(value));
    }

    @Override
    default DecimalExpression plus(Expression<BigDecimal> other) {
        return decimals(ADD, other);
    }

    default DecimalExpression plus(Integer value) {
        return decimals(ADD, param(Widening.toDecimal(value)));
    }

    default DecimalExpression plus(Long value) {
        return decimals(ADD, param(Widening.toDecimal(value)));
    }

    default DecimalExpression plus(IntExpression other) {
        return decimals(ADD, other);
    }

    default DecimalExpression plus(LongExpression other) {
        return decimals(ADD, other);
    }

    @Override
    default DecimalExpression minus(BigDecimal value) {
        return decimals(SUBTRACT, param(value));
    }

    @Override
    default DecimalExpression minus(Expression<BigDecimal> other) {
        return decimals(SUBTRACT, other);
    }

    default DecimalExpression minus(Integer value) {
        return decimals(SUBTRACT, param(Widening.toDecimal(value)));
    }

    default DecimalExpression minus(Long value) {
        return decimals(SUBTRACT, param(Widening.toDecimal(value)));
    }

    default DecimalExpression minus(IntExpression other) {
        return decimals(SUBTRACT, other);
    }

    default DecimalExpression minus(LongExpression other) {
        return decimals(SUBTRACT, other);
    }

    @Override
    default DecimalExpression times(BigDecimal value) {
        return decimals(MULTIPLY, param(value));
    }

    @Override
    default DecimalExpression times(Expression<BigDecimal> other) {
        return decimals(MULTIPLY, other);
    }

    default DecimalExpression times(Integer value) {
        return decimals(MULTIPLY, param(Widening.toDecimal(value)));
    }

    default DecimalExpression times(Long value) {
        return decimals(MULTIPLY, param(Widening.toDecimal(value)));
    }

    /** {@code INVOICE_LINE.unitPrice.times(INVOICE_LINE.quantity)}: exact, at the decimal's scale. */
    default DecimalExpression times(IntExpression other) {
        return decimals(MULTIPLY, other);
    }

    default DecimalExpression times(LongExpression other) {
        return decimals(MULTIPLY, other);
    }

    @Override
    default DecimalExpression div(BigDecimal value) {
        return decimals(DIVIDE, param(value));
    }

    @Override
    default DecimalExpression div(Expression<BigDecimal> other) {
        return decimals(DIVIDE, other);
    }

    @Override
    default DecimalExpression mod(BigDecimal value) {
        return decimals(MODULO, param(value));
    }

    private DecimalExpression decimals(ArithmeticOperator op, Expression<?> right) {
        return (DecimalExpression) Arithmetic.of(op, this, right, type());
    }
}
