package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A call of a function by name: one registered by a connection hook, brought by an extension, or built into the
 * database but not among Quarry's portable {@link SqlFunction}s. Every dialect writes it as {@code name(args)}, the
 * name unquoted (so that the database's own case rules find it), which is why the name must be a plain identifier.
 *
 * @param name      letters, digits and underscores, not starting with a digit
 * @param arguments its arguments
 * @param type      the result type
 * @param <T>       the Java type of the result
 */
public record UserFunctionCall<T>(String name, List<Expression<?>> arguments, DataType<T> type)
        implements Expression<T> {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public UserFunctionCall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("a function name is written into the SQL unquoted, so it must be "
                    + "letters, digits and underscores, not starting with a digit; was '" + name + "'");
        }
        arguments = List.copyOf(arguments);
    }
}
