package dev.quarry.processor.arch;

import dev.quarry.processor.TableProcessor;
import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The annotation processor, and what its tests compile, use only Quarry's published API. */
class PublishedApiOnlyTest {

    @Test
    void noProcessorClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(TableProcessor.class, PublishedApiOnlyTest.class);
    }
}
