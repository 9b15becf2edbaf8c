package dev.quarry.internal.engine;

import dev.quarry.ConnectionHook;
import dev.quarry.error.QuarryException;
import java.sql.Connection;
import java.util.List;

/** Runs the user's {@link ConnectionHook}s on a new connection, naming the hook that failed. Immutable. */
final class ConnectionHooks {
    private final List<ConnectionHook> hooks;

    ConnectionHooks(List<ConnectionHook> hooks) {
        this.hooks = List.copyOf(hooks);
    }

    boolean isEmpty() {
        return hooks.isEmpty();
    }

    /** Runs every hook in order on {@code connection}; a failure is a {@link QuarryException} naming it. */
    void run(Connection connection) {
        for (int i = 0; i < hooks.size(); i++) {
            ConnectionHook hook = hooks.get(i);
            try {
                hook.onConnect(connection);
            } catch (Exception e) {
                throw new QuarryException("connection hook #" + (i + 1) + " (" + hook.getClass().getName()
                        + ") failed: " + e, e);
            }
        }
    }
}
