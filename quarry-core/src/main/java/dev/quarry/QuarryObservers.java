package dev.quarry;

import java.util.List;
import java.util.ServiceLoader;

/**
 * The {@link QuarryObserver}s on the class path, loaded once (the JDK's {@link ServiceLoader}, with the class loader
 * that loaded Quarry). Internal to the facade. Thread-safe.
 */
final class QuarryObservers {
    private static volatile List<QuarryObserver> loaded;

    private QuarryObservers() {
    }

    static void opened(Quarry db) {
        for (QuarryObserver o : all()) {
            try {
                o.opened(db);
            } catch (RuntimeException e) {
                db.platform().reportCallbackError("QuarryObserver " + o.getClass().getName(), e);
            }
        }
    }

    static void closed(Quarry db) {
        for (QuarryObserver o : all()) {
            try {
                o.closed(db);
            } catch (RuntimeException e) {
                db.platform().reportCallbackError("QuarryObserver " + o.getClass().getName(), e);
            }
        }
    }

    private static List<QuarryObserver> all() {
        List<QuarryObserver> l = loaded;
        if (l == null) {
            l = ServiceLoader.load(QuarryObserver.class, Quarry.class.getClassLoader()).stream()
                    .map(ServiceLoader.Provider::get).toList();
            loaded = l;
        }
        return l;
    }
}
