package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.List;

/**
 * A call of a portable scalar function.
 *
 * @param function  the function
 * @param arguments its arguments
 * @param type      the result type
 * @param <T>       the Java type of the result
 */
public record FunctionCall<T>(SqlFunction function, List<Expression<?>> arguments, DataType<T> type)
        implements Expression<T> {
    public FunctionCall {
        arguments = List.copyOf(arguments);
    }
}
