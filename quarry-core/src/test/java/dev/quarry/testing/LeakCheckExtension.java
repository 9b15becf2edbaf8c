package dev.quarry.testing;

import dev.quarry.spi.ResourceCounts;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails every test that leaves a connection, statement or result set open (STYLE.md 11). Registered for all tests
 * by autodetection ({@code META-INF/services/org.junit.jupiter.api.extension.Extension} and
 * {@code junit.jupiter.extensions.autodetection.enabled=true}); registered first, its after-callback runs last,
 * once the test infrastructure has closed what it opened for the test. Stateless and thread-safe.
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
