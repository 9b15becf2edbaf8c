package dev.quarry.sync;

import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The sync module, and its tests, use only Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noSyncClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(Replica.class, PublishedApiOnlyTest.class);
    }
}
