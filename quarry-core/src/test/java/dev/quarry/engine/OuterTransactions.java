package dev.quarry.engine;

import dev.quarry.spi.ExternalTransaction;
import dev.quarry.spi.ExternalTransactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;

/**
 * A transaction manager of a framework, as small as a test needs: transactions on connections of a DataSource,
 * bound to the thread in a stack (the newest one is the one statements join; a transaction begun while another is
 * bound suspends it, as a "requires new" does), ended by the test. Counts the connections Quarry holds.
 */
final class OuterTransactions implements ExternalTransactions {
    private final DataSource dataSource;
    private final ThreadLocal<Deque<Outer>> bound = ThreadLocal.withInitial(ArrayDeque::new);

    OuterTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Begins a transaction on a new connection and binds it to the thread. */
    Outer begin(boolean readOnly) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        Outer o = new Outer(c, readOnly);
        bound.get().push(o);
        return o;
    }

    /** Unbinds every transaction from the thread for {@code work} (a "not supported" method). */
    void outside(Runnable work) {
        Deque<Outer> saved = bound.get();
        bound.set(new ArrayDeque<>());
        try {
            work.run();
        } finally {
            bound.set(saved);
        }
    }

    @Override
    public ExternalTransaction join() {
        Outer o = bound.get().peek();
        if (o == null) {
            return null;
        }
        o.lent++;
        return o;
    }

    final class Outer implements ExternalTransaction {
        final Connection connection;
        private final boolean readOnly;
        private final List<Completion> completions = new ArrayList<>();
        int lent;

        Outer(Connection connection, boolean readOnly) {
            this.connection = connection;
            this.readOnly = readOnly;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public boolean readOnly() {
            return readOnly;
        }

        @Override
        public void onCompletion(Completion completion) {
            completions.add(completion);
        }

        @Override
        public void release() {
            lent--;
        }

        void commit() throws SQLException {
            end(true);
        }

        void rollback() throws SQLException {
            end(false);
        }

        private void end(boolean commit) throws SQLException {
            if (lent != 0) {
                throw new IllegalStateException("Quarry still holds the connection " + lent + " time(s)");
            }
            bound.get().remove(this);
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
            connection.close();
            completions.forEach(c -> c.completed(commit));
        }
    }
}
