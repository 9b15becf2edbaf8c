package dev.quarry.migrate;

import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The migrations module, and its tests, use only Quarry's published API and SPI. */
class PublishedApiOnlyTest {

    @Test
    void noMigrationClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(SchemaIntrospection.class, PublishedApiOnlyTest.class);
    }
}
