package dev.quarry.cli;

import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The command, and its tests, use only Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noCommandClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(Main.class, PublishedApiOnlyTest.class);
    }
}
