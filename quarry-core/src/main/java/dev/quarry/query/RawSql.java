package dev.quarry.query;

import dev.quarry.error.NoRowException;
import dev.quarry.error.TooManyRowsException;
import dev.quarry.schema.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Hand-written SQL with {@code ?} placeholders, the escape hatch. Arguments are always bound, never spliced into
 * the text. An argument's type follows its Java class; pass a {@link Param} ({@code Dsl.val(null, DataType.INT)})
 * for a typed NULL. Immutable.
 */
public final class RawSql {
    private final RawQuery query;
    private final Executor executor;

    RawSql(String sql, Object[] args, Executor executor) {
        List<Param<?>> params = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            params.add(toParam(args[i], i));
        }
        this.query = new RawQuery(sql, params);
        this.executor = executor;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Param<?> toParam(Object arg, int index) {
        if (arg instanceof Param<?> p) {
            return p;
        }
        if (arg == null) {
            return new Param<>(null, DataType.STRING);
        }
        DataType<?> type = DataType.forClass(arg.getClass());
        if (type == null) {
            throw new IllegalArgumentException("argument " + (index + 1) + " is a " + arg.getClass().getName()
                    + ", which Quarry cannot bind; see the type table in docs/types.md");
        }
        return new Param(arg, type);
    }

    /** The statement. */
    public RawQuery query() {
        return query;
    }

    /** Runs a statement that returns no rows; the count of changed rows. */
    public long execute() {
        return Builders.require(executor).execute(query);
    }

    /** Maps every row with {@code mapper}. */
    public <T> List<T> fetch(RowMapper<T> mapper) {
        return Builders.require(executor).fetch(query, mapper, 0);
    }

    /** Maps every row to a record of {@code table}, matching result columns to the table's columns by name. */
    public <R> List<R> fetchInto(Table<R> table) {
        return fetch(new ByNameMapper<>(table));
    }

    /** The one row, mapped into {@code table}'s record. */
    public <R> R fetchOneInto(Table<R> table) {
        List<R> rows = Builders.require(executor).fetch(query, new ByNameMapper<>(table), 2);
        if (rows.isEmpty()) {
            throw new NoRowException("the query returned no row", query.sql());
        }
        if (rows.size() > 1) {
            throw new TooManyRowsException("the query returned more than one row", query.sql());
        }
        return rows.get(0);
    }

    /** The first row, if any, mapped with {@code mapper}. */
    public <T> Optional<T> fetchFirst(RowMapper<T> mapper) {
        List<T> rows = Builders.require(executor).fetch(query, mapper, 1);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** The rows as a lazily read stream; close it. */
    public <T> Stream<T> stream(RowMapper<T> mapper) {
        return Builders.require(executor).stream(query, mapper);
    }
}
