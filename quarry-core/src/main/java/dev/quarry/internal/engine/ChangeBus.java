package dev.quarry.internal.engine;

import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.ChangeListener;
import dev.quarry.spi.Subscription;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The change listeners of one database and the delivery of committed changes to them. Sessions collect written
 * tables only while someone listens ({@link #active()}: one volatile read per write), so a database nobody watches
 * pays nothing. Delivery runs on the committing thread after the connection and locks are given back; a failing
 * listener goes to the {@link CallbackErrors}. Thread-safe.
 */
final class ChangeBus {
    private final CopyOnWriteArrayList<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final CallbackErrors errors;

    ChangeBus(CallbackErrors errors) {
        this.errors = errors;
    }

    /** Derived from the list itself (one volatile read), so a subscribe racing an unsubscribe is never missed. */
    boolean active() {
        return !listeners.isEmpty();
    }

    /** Closing the subscription twice removes it once, even if the same listener was subscribed twice. */
    Subscription subscribe(ChangeListener listener) {
        listeners.add(listener);
        AtomicBoolean open = new AtomicBoolean(true);
        return () -> {
            if (open.compareAndSet(true, false)) {
                listeners.remove(listener);
            }
        };
    }

    /** Tells every listener of {@code note}'s tables. */
    void publish(ChangeNote note) {
        publish(note.event());
    }

    /** Tells every listener of {@code event}. */
    void publish(ChangeEvent event) {
        for (ChangeListener l : listeners) {
            try {
                l.onChange(event);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                errors.report("change listener", e);
            }
        }
    }
}
