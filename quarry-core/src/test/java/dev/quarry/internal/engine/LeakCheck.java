package dev.quarry.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Fails a test that leaves a connection, statement or cursor of the engine open. */
public final class LeakCheck implements AfterEachCallback {
    @Override
    public void afterEach(ExtensionContext context) {
        assertThat(ResourceTracker.openConnections()).as("open connections").isZero();
        assertThat(ResourceTracker.openStatements()).as("open statements").isZero();
        assertThat(ResourceTracker.openResultSets()).as("open result sets").isZero();
    }
}
