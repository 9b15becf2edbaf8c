package dev.quarry.examples.arch;

import dev.quarry.examples.Demo;
import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The example applications, and their tests, use only Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noExampleClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(Demo.class, PublishedApiOnlyTest.class);
    }
}
