package dev.quarry.internal.engine;

import dev.quarry.spi.DedicatedConnection;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * One dedicated connection: counted in the database's {@link ResourceTracker} from open to close, and forgotten by
 * the database's registry when closed. Closing is idempotent and may come from the owner or from
 * {@code db.close()}, on any thread. Thread-safe.
 */
final class Dedicated implements DedicatedConnection {
    private final Connection connection;
    private final String purpose;
    private final ResourceTracker tracker;
    private final Consumer<Dedicated> onClose;
    private boolean closed;

    Dedicated(Connection connection, String purpose, ResourceTracker tracker, Consumer<Dedicated> onClose) {
        this.connection = connection;
        this.purpose = purpose;
        this.tracker = tracker;
        this.onClose = onClose;
        tracker.dedicatedOpened();
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public String purpose() {
        return purpose;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a connection that will not close cleanly is gone either way; nothing for the owner to do
        } finally {
            tracker.dedicatedClosed();
            onClose.accept(this);
        }
    }

    @Override
    public String toString() {
        return "DedicatedConnection(" + purpose + ")";
    }
}
