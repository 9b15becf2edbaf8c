package dev.quarry.testing;

import org.junit.jupiter.api.Test;

/** The kit is published for users' tests, so it may use only what users may use: Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noKitClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(TestDb.class, PublishedApiOnlyTest.class);
    }
}
