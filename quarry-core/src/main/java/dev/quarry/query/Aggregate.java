package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An aggregate: {@code count(*)}, {@code count(x)}, {@code sum(x)}... Usable in a select list, in HAVING and, with
 * {@link #over(Window)}, as a window function. A result of type {@code long}, {@code int}, decimal or
 * {@code double} is one of the nested subclasses, which are also the {@link LongExpression} (and so on) of that
 * type: {@code count().gt(20)}. Immutable; equal when function, argument, distinct and type are.
 *
 * @param <T> the Java type of the result
 */
public sealed class Aggregate<T> implements Expression<T>
        permits Aggregate.OfLong, Aggregate.OfInt, Aggregate.OfDecimal, Aggregate.OfDouble {
    private final AggregateFunction function;
    private final Expression<?> argument;
    private final boolean distinct;
    private final DataType<T> type;

    Aggregate(AggregateFunction function, Expression<?> argument, boolean distinct, DataType<T> type) {
        this.function = Objects.requireNonNull(function, "function");
        this.argument = argument;
        this.distinct = distinct;
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The aggregate of {@code argument} (null for {@code count(*)}) with result type {@code type}. */
    @SuppressWarnings("unchecked")
    static <T> Aggregate<T> of(AggregateFunction function, Expression<?> argument, boolean distinct,
                               DataType<T> type) {
        Class<T> java = type.javaType();
        return (Aggregate<T>) switch (type.kind()) {
            case LONG -> java == Long.class ? new OfLong(function, argument, distinct)
                    : new Aggregate<>(function, argument, distinct, type);
            case INT -> java == Integer.class ? new OfInt(function, argument, distinct)
                    : new Aggregate<>(function, argument, distinct, type);
            case DECIMAL -> java == BigDecimal.class
                    ? new OfDecimal(function, argument, distinct, (DataType<BigDecimal>) type)
                    : new Aggregate<>(function, argument, distinct, type);
            case DOUBLE -> java == Double.class ? new OfDouble(function, argument, distinct)
                    : new Aggregate<>(function, argument, distinct, type);
            default -> new Aggregate<>(function, argument, distinct, type);
        };
    }

    /** The aggregate function. */
    public final AggregateFunction function() {
        return function;
    }

    /** Its argument, or null for {@code count(*)}. */
    public final Expression<?> argument() {
        return argument;
    }

    /** Whether only distinct values count. */
    public final boolean distinct() {
        return distinct;
    }

    /** The result type. */
    @Override
    public final DataType<T> type() {
        return type;
    }

    /** This aggregate computed over a window instead of a group. */
    public final WindowFunction<T> over(Window window) {
        return new WindowFunction<>(WindowFunction.Kind.AGGREGATE, this, window, type);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Aggregate<?> a && a.function == function && Objects.equals(a.argument, argument)
                && a.distinct == distinct && a.type.equals(type);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(function, argument, distinct, type);
    }

    @Override
    public final String toString() {
        return "Aggregate[function=" + function + ", argument=" + argument + ", distinct=" + distinct + ", type="
                + type + "]";
    }

    /** An aggregate with a {@code long} result: {@code count(...)}, {@code sumLong(...)}, {@code sum} of a long. */
    public static final class OfLong extends Aggregate<Long> implements LongExpression {
        OfLong(AggregateFunction function, Expression<?> argument, boolean distinct) {
            super(function, argument, distinct, DataType.LONG);
        }
    }

    /** An aggregate with an {@code int} result. */
    public static final class OfInt extends Aggregate<Integer> implements IntExpression {
        OfInt(AggregateFunction function, Expression<?> argument, boolean distinct) {
            super(function, argument, distinct, DataType.INT);
        }
    }

    /** An aggregate with a decimal result. */
    public static final class OfDecimal extends Aggregate<BigDecimal> implements DecimalExpression {
        OfDecimal(AggregateFunction function, Expression<?> argument, boolean distinct, DataType<BigDecimal> type) {
            super(function, argument, distinct, type);
        }
    }

    /** An aggregate with a {@code double} result: {@code avg(...)}, {@code sum} of a double. */
    public static final class OfDouble extends Aggregate<Double> implements DoubleExpression {
        OfDouble(AggregateFunction function, Expression<?> argument, boolean distinct) {
            super(function, argument, distinct, DataType.DOUBLE);
        }
    }
}
