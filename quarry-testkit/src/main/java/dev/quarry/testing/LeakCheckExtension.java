package dev.quarry.testing;

import dev.quarry.spi.ResourceCounts;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails every test that leaves something open on any Quarry handle of the JVM: a borrowed connection, a statement,
 * a result set (an unclosed stream), a dedicated connection or a running background task (see {@link Leaks}).
 *
 * <p>Turn it on for every test with JUnit's extension autodetection: the kit's jar lists it in
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}, and a module's
 * {@code src/test/resources/junit-platform.properties} says {@code junit.jupiter.extensions.autodetection.enabled=true}.
 * Or register it on a class with {@code @ExtendWith(LeakCheckExtension.class)}. Registered first, its after-callback
 * runs last, once the kit has closed what it opened for the test. The counts are the sum over every handle, so tests
 * must not run in parallel. Stateless and thread-safe.
 */
public final class LeakCheckExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LeakCheckExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(ResourceCounts.class, Leaks.now());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ResourceCounts before = context.getStore(NAMESPACE).remove(ResourceCounts.class, ResourceCounts.class);
        Leaks.assertNoLeak(before == null ? ResourceCounts.NONE : before, context.getDisplayName());
    }
}
