package dev.quarry.query;

import dev.quarry.error.NoRowException;
import dev.quarry.error.TooManyRowsException;
import java.util.List;
import java.util.Optional;

/**
 * An INSERT, UPDATE or DELETE that returns rows ({@code RETURNING} where the database has it, generated keys
 * otherwise). Immutable.
 *
 * @param <T> what each returned row becomes
 */
public final class Returning<T> {
    private final Query query;
    private final RowMapper<T> mapper;
    private final Executor executor;

    Returning(Query query, RowMapper<T> mapper, Executor executor) {
        this.query = query;
        this.mapper = mapper;
        this.executor = executor;
    }

    /** The statement tree. */
    public Query query() {
        return query;
    }

    /** All returned rows. */
    public List<T> fetch() {
        return Builders.require(executor).fetch(query, mapper, 0);
    }

    /** The one returned row. */
    public T fetchOne() {
        List<T> rows = fetch();
        if (rows.isEmpty()) {
            throw new NoRowException("the statement returned no row", Builders.require(executor).sql(query));
        }
        if (rows.size() > 1) {
            throw new TooManyRowsException("the statement returned " + rows.size() + " rows",
                    Builders.require(executor).sql(query));
        }
        return rows.get(0);
    }

    /** The returned row if any. */
    public Optional<T> fetchOptional() {
        List<T> rows = fetch();
        if (rows.size() > 1) {
            throw new TooManyRowsException("the statement returned " + rows.size() + " rows",
                    Builders.require(executor).sql(query));
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }
}
