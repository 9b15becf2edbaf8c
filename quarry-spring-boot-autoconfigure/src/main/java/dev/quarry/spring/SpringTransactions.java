package dev.quarry.spring;

import dev.quarry.spi.ExternalTransaction;
import dev.quarry.spi.ExternalTransactions;
import java.sql.Connection;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's transactions on a {@link DataSource}, as Quarry joins them ({@link ExternalTransactions}): inside a
 * {@code @Transactional} method (or a {@code TransactionTemplate}) whose transaction manager holds a connection of
 * {@code dataSource} ({@code DataSourceTransactionManager}, {@code JpaTransactionManager}), Quarry's statements run
 * on that connection and {@code db.transaction(...)} becomes a savepoint of its transaction; a Spring rollback
 * undoes Quarry's writes with the rest. The connection is taken and given back with {@link DataSourceUtils}, as
 * {@code JdbcTemplate} does.
 *
 * <pre>{@code
 * Quarry db = Quarry.open(dataSource, QuarrySettings.builder()
 *         .externalTransactions(new SpringTransactions(dataSource))
 *         .build());
 * }</pre>
 *
 * <p>A thread is joined only while an actual transaction is active and the transaction manager has bound a
 * connection of this DataSource: with {@code PROPAGATION_SUPPORTS} outside a transaction, under
 * {@code NOT_SUPPORTED}, or with a transaction manager of another DataSource, Quarry runs on its own connections
 * and transactions. Thread-safe.
 */
public final class SpringTransactions implements ExternalTransactions {
    private final DataSource dataSource;

    /** Joins the transactions Spring runs on connections of {@code dataSource}. */
    public SpringTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public ExternalTransaction join() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !(TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder)) {
            return null;
        }
        return new Joined(DataSourceUtils.getConnection(dataSource),
                TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    }

    @Override
    public String toString() {
        return "SpringTransactions(" + dataSource.getClass().getSimpleName() + ")";
    }

    /** The transaction's connection, lent for one statement, stream or savepoint. */
    private final class Joined implements ExternalTransaction {
        private final Connection connection;
        private final boolean readOnly;

        Joined(Connection connection, boolean readOnly) {
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
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                throw new IllegalStateException("the Spring transaction runs without transaction synchronization "
                        + "(transactionSynchronization NEVER?), so Quarry cannot learn when it ends to run its "
                        + "afterCommit callbacks and change events; leave synchronization on");
            }
            TransactionSynchronizationManager.registerSynchronization(new CompletionSynchronization(completion));
        }

        @Override
        public void release() {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
