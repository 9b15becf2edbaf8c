package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import dev.quarry.query.RowMapper;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The rows of an open cursor, read one by one as a {@link Stream} is pulled. The cursor and its connection are
 * released when the rows run out or the stream is closed, whichever comes first; pulling after close is a
 * {@link MisuseException}. Used by one thread: not thread-safe.
 */
final class RowStream<R> extends Spliterators.AbstractSpliterator<R> {
    private enum State { OPEN, EXHAUSTED, CLOSED }

    private final Cursor cursor;
    private final RowMapper<R> mapper;
    private final ResultRow row;
    private final Runnable release;
    private State state = State.OPEN;

    /**
     * @param release gives back what the stream holds (closes the cursor, ends its transaction, returns the
     *                connection); runs once
     */
    RowStream(Cursor cursor, RowMapper<R> mapper, Runnable release) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.cursor = cursor;
        this.mapper = mapper;
        this.row = new ResultRow(cursor.rs, cursor.session.ctx.codecs());
        this.release = release;
    }

    Stream<R> stream() {
        return StreamSupport.stream(this, false).onClose(this::close);
    }

    @Override
    public boolean tryAdvance(Consumer<? super R> action) {
        if (state == State.CLOSED) {
            throw new MisuseException("the stream was closed; read a stream inside its try-with-resources block");
        }
        if (state == State.EXHAUSTED) {
            return false;
        }
        boolean more;
        try {
            more = cursor.rs.next();
        } catch (SQLException e) {
            throw cursor.session.translate(e, cursor.sql);
        }
        if (!more) {
            state = State.EXHAUSTED;
            release.run();
            return false;
        }
        try {
            action.accept(mapper.map(row));
        } catch (UncheckedSqlException e) {
            throw cursor.session.translate(e.getCause(), cursor.sql);
        }
        return true;
    }

    /** Whether the stream holds its cursor still (for tests). */
    boolean isOpen() {
        return state == State.OPEN;
    }

    void close() {
        State was = state;
        state = State.CLOSED;
        if (was == State.OPEN) {
            release.run();
        }
    }
}
