package dev.quarry.micrometer;

import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The metrics module, and its tests, use only Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noMetricsClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(QuarryMetrics.class, PublishedApiOnlyTest.class);
    }
}
