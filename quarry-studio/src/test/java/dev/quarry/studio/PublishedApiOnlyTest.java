package dev.quarry.studio;

import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The Studio, and its tests, use only Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noStudioClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(Studio.class, PublishedApiOnlyTest.class);
    }
}
