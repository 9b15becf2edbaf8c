package dev.quarry.sync;

import dev.quarry.ConnectionHook;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.sqlite.Function;
import org.sqlite.SQLiteCommitListener;
import org.sqlite.SQLiteConnection;

/**
 * Marks each outbox row with the local transaction that wrote it, so a sync pushes each local transaction as one
 * primary transaction (never two merged, never one split).
 *
 * <p>Why by hand, and why this way: SQL cannot tell a trigger which transaction it runs in (SQLite has no
 * transaction id), and only SQLite's commit hook knows where one ends. So, on each connection of the replica's own
 * handle, this hook registers a function {@code quarry_sync_txn()} returning a token that sqlite-jdbc's commit and
 * rollback listeners (https://sqlite.org/c3ref/commit_hook.html) replace after every transaction, and a
 * {@code TEMP} trigger that stamps each new outbox row with it. Both live on this connection only: the persistent
 * outbox triggers call no such function, so another process (or connection) writing the file still works; its rows
 * keep a null token and are grouped as before ({@link Outbox#seal}). Thread-safe (a connection runs one statement
 * at a time; the token is volatile).
 */
final class TransactionTokens implements ConnectionHook {
    static final String FUNCTION = "quarry_sync_txn";
    private static final String TRIGGER = "quarry_sync_txn_mark";

    @Override
    public void onConnect(Connection connection) throws SQLException {
        Token token = new Token();
        Function.create(connection, FUNCTION, token, 0);
        connection.unwrap(SQLiteConnection.class).addCommitListener(token);
        try (Statement st = connection.createStatement()) {
            // the writer is opened first and makes the queue of a new file; for the readers it exists then
            Outbox.createQueue(st);
            st.execute("CREATE TEMP TRIGGER IF NOT EXISTS " + TRIGGER + " AFTER INSERT ON main." + Outbox.TABLE
                    + " BEGIN UPDATE main." + Outbox.TABLE + " SET txn = " + FUNCTION + "() WHERE seq = NEW.seq; END");
        }
    }

    /** The connection's current transaction token; a new one once the transaction commits or rolls back. */
    private static final class Token extends Function implements SQLiteCommitListener {
        private volatile long value = next();

        private static long next() {
            return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        }

        @Override
        protected void xFunc() throws SQLException {
            result(value);
        }

        /*
         * SQLite calls the commit hook as the commit starts; a commit that then failed and left the transaction open
         * would give its later rows a new token, and it would be pushed as two. Quarry's writer commits in WAL mode
         * holding the write lock (BEGIN IMMEDIATE), where a commit fails only on errors such as a full disk or an
         * I/O error, after which SQLite may roll the transaction back (https://sqlite.org/lang_transaction.html,
         * "Response To Errors Within A Transaction"): a known, rare limit.
         */
        @Override
        public void onCommit() {
            value = next();
        }

        @Override
        public void onRollback() {
            value = next();
        }
    }
}
