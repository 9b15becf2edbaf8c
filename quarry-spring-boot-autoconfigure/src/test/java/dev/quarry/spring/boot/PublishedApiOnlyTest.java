package dev.quarry.spring.boot;

import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The Spring integration, and its tests, use only Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noSpringIntegrationClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(QuarryAutoConfiguration.class, PublishedApiOnlyTest.class);
    }
}
