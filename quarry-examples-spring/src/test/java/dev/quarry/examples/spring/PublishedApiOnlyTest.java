package dev.quarry.examples.spring;

import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The Spring example, and its tests, use only Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noExampleClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(AuthApplication.class, PublishedApiOnlyTest.class);
    }
}
