package dev.quarry.studio;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.TransactionOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The query console: one statement of the user's SQL, run in a read-only transaction
 * ({@link TransactionOptions#READ_ONLY}: SQLite's {@code PRAGMA query_only}, PostgreSQL's and MariaDB's
 * {@code SET TRANSACTION READ ONLY}), so the database itself refuses a write whatever the text says; the Studio
 * does not try to tell reads from writes by reading SQL. Two guards go with it:
 * <ul>
 *   <li>where DDL is not transactional ({@code capabilities().transactionalDdl()} false: MariaDB and MySQL), a
 *       {@code CREATE} or {@code DROP} first commits the transaction implicitly and then runs outside it
 *       (https://mariadb.com/kb/en/sql-statements-that-cause-an-implicit-commit/), so the session is made read-only
 *       too for the statement ({@code SET SESSION TRANSACTION READ ONLY}, refused with error 1792), and read-write
 *       again after;</li>
 *   <li>one statement only: pgjdbc sends {@code SELECT 1; COMMIT; DELETE ...} as three statements, the last after
 *       the read-only transaction ended ({@link SingleStatement}).</li>
 * </ul>
 * At most {@link #MAX_ROWS} rows are returned. Stateless; thread-safe.
 */
final class SqlConsole {
    static final int MAX_ROWS = 1_000;

    private final Quarry db;

    SqlConsole(Quarry db) {
        this.db = db;
    }

    /** The statement's result, read in a read-only transaction. */
    Result run(String sql) {
        String statement = SingleStatement.check(sql, db.platform().ddl().backslashEscapes());
        boolean sessionGuard = !db.capabilities().transactionalDdl();
        return db.transaction(TransactionOptions.READ_ONLY, tx -> tx.withConnection(ConnectionAccess.READ, c -> {
            if (sessionGuard) {
                session(c, "SET SESSION TRANSACTION READ ONLY");
            }
            try {
                return read(c, statement);
            } finally {
                if (sessionGuard) {
                    session(c, "SET SESSION TRANSACTION READ WRITE");
                }
            }
        }));
    }

    private static Result read(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setMaxRows(MAX_ROWS + 1);
            if (!s.execute()) {
                return new Result(List.of("rows changed"), List.of(List.of(String.valueOf(s.getUpdateCount()))),
                        false);
            }
            try (ResultSet rs = s.getResultSet()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnLabel(i));
                }
                List<List<String>> rows = new ArrayList<>();
                boolean truncated = false;
                while (rs.next()) {
                    if (rows.size() == MAX_ROWS) {
                        truncated = true;
                        break;
                    }
                    List<String> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(Values.text(rs.getObject(i)));
                    }
                    rows.add(row);
                }
                return new Result(columns, rows, truncated);
            }
        }
    }

    private static void session(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * What a statement returned.
     *
     * @param columns   the result's column labels
     * @param rows      the rows, each value as text (null for NULL)
     * @param truncated whether more than {@link #MAX_ROWS} rows were there
     */
    record Result(List<String> columns, List<List<String>> rows, boolean truncated) {
    }
}
