package dev.quarry.spring.boot;

import dev.quarry.StatementEvent;
import dev.quarry.StatementListener;
import java.util.List;

/**
 * Several statement listener beans as the one listener Quarry's settings hold: each is told every event, in order,
 * even when one before it throws; the first failure is then thrown (the others suppressed in it) to Quarry, which
 * hands it to the callback error handler. Immutable and thread-safe.
 */
final class StatementListeners implements StatementListener {
    private final List<StatementListener> listeners;

    StatementListeners(List<StatementListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /** The one listener for {@code listeners}: none, the single one, or all of them. */
    static StatementListener of(List<StatementListener> listeners) {
        if (listeners.isEmpty()) {
            return StatementListener.NONE;
        }
        return listeners.size() == 1 ? listeners.get(0) : new StatementListeners(listeners);
    }

    @Override
    public void onStatement(StatementEvent event) {
        RuntimeException failure = null;
        for (StatementListener l : listeners) {
            try {
                l.onStatement(event);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "StatementListeners" + listeners;
    }
}
