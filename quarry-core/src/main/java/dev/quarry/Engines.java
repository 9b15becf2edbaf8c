package dev.quarry;

import dev.quarry.error.QuarryException;
import java.util.ServiceLoader;

/**
 * Finds the {@link QuarryEngine.Factory} once, with the class loader that loaded Quarry. Internal to the facade.
 * Thread-safe.
 */
final class Engines {
    private Engines() {
    }

    /** Loaded on first use by the JVM's class initialization, which is thread-safe. */
    private static final class Holder {
        static final QuarryEngine.Factory FACTORY = ServiceLoader
                .load(QuarryEngine.Factory.class, Quarry.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new QuarryException("no Quarry engine on the class path: "
                        + "META-INF/services/dev.quarry.QuarryEngine$Factory is missing from quarry-core's jar"));
    }

    static QuarryEngine.Factory factory() {
        return Holder.FACTORY;
    }
}
