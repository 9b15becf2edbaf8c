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
 * {@link MisuseException}, and so is pulling after the database's {@code close()} closed the connection under the
 * stream: checked before every row, because the driver would otherwise hand out the rows it had already fetched
 * (up to {@link Cursor#FETCH_SIZE}) and only then fail with an I/O error, or fail at once in its own words
 * (sqlite-jdbc: "stmt pointer is closed"; MariaDB: "Operation not permit on a closed resultSet"). Used by one
 * thread: not thread-safe.
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
        WorkGate gate = cursor.session.ctx.gate();
        if (gate.isShut()) {
            throw closedUnder(gate, null);
        }
        boolean more;
        try {
            more = cursor.rs.next();
        } catch (SQLException e) {
            throw gate.isShut() ? closedUnder(gate, e) : failed(cursor.session.translate(e, cursor.sql));
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
        if (was != State.OPEN) {
            return;
        }
        if (cursor.session.ctx.gate().isShut()) {
            releaseQuietly(null); // its connection is closed already: giving it back can only fail, and says nothing
        } else {
            release.run();
        }
    }

    /**
     * Ends a stream whose next row could not be read (a lost connection, an error the server raised while producing
     * rows): nothing more can be read from it, so its cursor and connection are given back now, and a failure to
     * give them back (certain on a broken connection) is added to {@code failure} rather than thrown again by
     * {@link #close()}.
     */
    private RuntimeException failed(RuntimeException failure) {
        state = State.CLOSED;
        releaseQuietly(failure);
        return failure;
    }

    /** Ends the stream whose connection the database's close() closed, and says so. */
    private MisuseException closedUnder(WorkGate gate, Throwable cause) {
        state = State.CLOSED;
        MisuseException misuse = gate.closedUnder(cause);
        releaseQuietly(misuse);
        return misuse;
    }

    /** Releases the cursor and lease of a stream whose connection is closed; failures go to {@code primary}. */
    private void releaseQuietly(Throwable primary) {
        try {
            release.run();
        } catch (RuntimeException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }
}
