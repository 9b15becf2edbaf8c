package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A call of a portable scalar function. A result of type {@code long}, {@code int}, decimal or {@code double} is
 * one of the nested subclasses, which are also the {@link LongExpression} (and so on) of that type. Immutable;
 * equal when function, arguments and type are.
 *
 * @param <T> the Java type of the result
 */
public sealed class FunctionCall<T> implements Expression<T>
        permits FunctionCall.OfLong, FunctionCall.OfInt, FunctionCall.OfDecimal, FunctionCall.OfDouble {
    private final SqlFunction function;
    private final List<Expression<?>> arguments;
    private final DataType<T> type;

    FunctionCall(SqlFunction function, List<? extends Expression<?>> arguments, DataType<T> type) {
        this.function = Objects.requireNonNull(function, "function");
        this.arguments = List.copyOf(arguments);
        this.type = Objects.requireNonNull(type, "type");
    }

    /** {@code function(arguments)} with the result type {@code type}, of the subclass of its kind. */
    @SuppressWarnings("unchecked")
    static <T> FunctionCall<T> of(SqlFunction function, List<? extends Expression<?>> arguments, DataType<T> type) {
        Class<T> java = type.javaType();
        return (FunctionCall<T>) switch (type.kind()) {
            case LONG -> java == Long.class ? new OfLong(function, arguments) : new FunctionCall<>(function, arguments, type);
            case INT -> java == Integer.class ? new OfInt(function, arguments) : new FunctionCall<>(function, arguments, type);
            case DECIMAL -> java == BigDecimal.class
                    ? new OfDecimal(function, arguments, (DataType<BigDecimal>) type)
                    : new FunctionCall<>(function, arguments, type);
            case DOUBLE -> java == Double.class ? new OfDouble(function, arguments)
                    : new FunctionCall<>(function, arguments, type);
            default -> new FunctionCall<>(function, arguments, type);
        };
    }

    /** The function. */
    public final SqlFunction function() {
        return function;
    }

    /** Its arguments, in order. */
    public final List<Expression<?>> arguments() {
        return arguments;
    }

    /** The result type. */
    @Override
    public final DataType<T> type() {
        return type;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof FunctionCall<?> f && f.function == function && f.arguments.equals(arguments)
                && f.type.equals(type);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(function, arguments, type);
    }

    @Override
    public final String toString() {
        return "FunctionCall[function=" + function + ", arguments=" + arguments + ", type=" + type + "]";
    }

    /** A function with a {@code long} result. */
    public static final class OfLong extends FunctionCall<Long> implements LongExpression {
        OfLong(SqlFunction function, List<? extends Expression<?>> arguments) {
            super(function, arguments, DataType.LONG);
        }
    }

    /** A function with an {@code int} result. */
    public static final class OfInt extends FunctionCall<Integer> implements IntExpression {
        OfInt(SqlFunction function, List<? extends Expression<?>> arguments) {
            super(function, arguments, DataType.INT);
        }
    }

    /** A function with a decimal result. */
    public static final class OfDecimal extends FunctionCall<BigDecimal> implements DecimalExpression {
        OfDecimal(SqlFunction function, List<? extends Expression<?>> arguments, DataType<BigDecimal> type) {
            super(function, arguments, type);
        }
    }

    /** A function with a {@code double} result. */
    public static final class OfDouble extends FunctionCall<Double> implements DoubleExpression {
        OfDouble(SqlFunction function, List<? extends Expression<?>> arguments) {
            super(function, arguments, DataType.DOUBLE);
        }
    }
}
