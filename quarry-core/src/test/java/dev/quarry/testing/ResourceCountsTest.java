package dev.quarry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.internal.engine.ResourceTracker;
import org.junit.jupiter.api.Test;

class ResourceCountsTest {

    @Test
    void nothingOpenIsNoLeak() {
        assertThat(ResourceCounts.leak(new ResourceCounts(0, 0, 0), new ResourceCounts(0, 0, 0))).isNull();
    }

    @Test
    void aCursorLeftOpenIsALeakNamingIt() {
        assertThat(ResourceCounts.leak(new ResourceCounts(0, 0, 0), new ResourceCounts(1, 0, 2)))
                .contains("1 connection", "2 result sets").doesNotContain("statement");
    }

    @Test
    void anEarlierTestsLeakIsNotBlamedOnTheNextTest() {
        assertThat(ResourceCounts.leak(new ResourceCounts(1, 0, 0), new ResourceCounts(1, 0, 0))).isNull();
        assertThat(ResourceCounts.leak(new ResourceCounts(1, 0, 0), new ResourceCounts(2, 0, 0)))
                .contains("2 connections (1 before it)");
    }

    @Test
    void theCheckFailsWhileTheTrackerCountsAnOpenStatement() {
        ResourceCounts before = ResourceCounts.now();
        ResourceTracker.statementOpened();
        try {
            assertThatThrownBy(() -> ResourceCounts.assertNoLeak(before, "probe"))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("probe: the test left 1 statement");
        } finally {
            ResourceTracker.statementClosed();
        }
        ResourceCounts.assertNoLeak(before, "probe");
    }
}
