package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The conversions behind the number expressions' mixed-type methods (docs/dsl.md, "Literals and mixed types"):
 * values that widen without changing ({@code int} to {@code long}, {@code double} or decimal; {@code long} to
 * decimal), and the typed arithmetic nodes of mixed operands. Null stays null.
 */
final class Widening {
    private Widening() {
    }

    static Long toLong(Integer v) {
        return v == null ? null : (long) v;
    }

    static Double toDouble(Integer v) {
        return v == null ? null : (double) v;
    }

    /** A long in double arithmetic, rounded to the nearest double as Java's {@code long + double} does. */
    static Double toDouble(Long v) {
        return v == null ? null : (double) v;
    }

    static BigDecimal toDecimal(Integer v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    static BigDecimal toDecimal(Long v) {
        return v == null ? null : BigDecimal.valueOf(v);
    }

    static List<Long> toLongs(Integer[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (Integer v : values) {
            list.add(toLong(v));
        }
        return list;
    }

    static List<Double> toDoubles(Integer[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (Integer v : values) {
            list.add(toDouble(v));
        }
        return list;
    }

    static List<BigDecimal> toDecimals(Integer[] values) {
        List<BigDecimal> list = new ArrayList<>(values.length);
        for (Integer v : values) {
            list.add(toDecimal(v));
        }
        return list;
    }

    static List<BigDecimal> toDecimals(Long[] values) {
        List<BigDecimal> list = new ArrayList<>(values.length);
        for (Long v : values) {
            list.add(toDecimal(v));
        }
        return list;
    }

    /** {@code left op right} computed as a long (an int operand widened). */
    static LongExpression longs(ArithmeticOperator op, Expression<?> left, Expression<?> right) {
        return (LongExpression) Arithmetic.of(op, left, right, DataType.LONG);
    }

    static LongExpression longs(ArithmeticOperator op, Expression<?> left, Long right) {
        return longs(op, left, new Param<>(right, DataType.LONG));
    }

    /** {@code left op right} computed as a double. */
    static DoubleExpression doubles(ArithmeticOperator op, Expression<?> left, Expression<?> right) {
        return (DoubleExpression) Arithmetic.of(op, left, right, DataType.DOUBLE);
    }

    static DoubleExpression doubles(ArithmeticOperator op, Expression<?> left, Double right) {
        return doubles(op, left, new Param<>(right, DataType.DOUBLE));
    }

    /** {@code left op right} computed as a decimal of {@code type}. */
    static DecimalExpression decimals(ArithmeticOperator op, Expression<?> left, Expression<?> right,
                                      DataType<BigDecimal> type) {
        return (DecimalExpression) Arithmetic.of(op, left, right, type);
    }
}
