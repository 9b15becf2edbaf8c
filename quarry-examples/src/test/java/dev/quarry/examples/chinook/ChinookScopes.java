package dev.quarry.examples.chinook;

import dev.quarry.Quarry;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.EnumMap;
import java.util.Map;

/**
 * Loads Chinook into a test class's scope the first time one of its tests asks (a few seconds on a server), and
 * prints how long that took, so each test class loads once per database. Public for the tests of the docs' examples
 * ({@code dev.quarry.examples.docs}).
 */
public final class ChinookScopes {
    private ChinookScopes() {
    }

    /** The class's shared handle on {@code t}, with Chinook loaded; {@code loads} remembers what this class loaded. */
    public static Quarry loaded(TestDb t, Map<TestTarget, LoadReport> loads) {
        Quarry db = t.db();
        new ChinookLoader(db).loadIfAbsent().ifPresent(r -> {
            loads.put(t.target(), r);
            System.out.printf("Chinook loaded into %s: %d rows in %d ms%n", t.target().label(), r.totalRows(),
                    r.elapsed().toMillis());
        });
        return db;
    }

    /** A fresh map for one test class. */
    public static Map<TestTarget, LoadReport> perClass() {
        return new EnumMap<>(TestTarget.class);
    }
}
