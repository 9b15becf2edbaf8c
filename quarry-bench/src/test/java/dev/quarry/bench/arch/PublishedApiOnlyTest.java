package dev.quarry.bench.arch;

import dev.quarry.bench.InsertBenchmark;
import dev.quarry.testing.ModuleRules;
import org.junit.jupiter.api.Test;

/** The benchmarks measure Quarry through its published API only, as a user would call it. */
class PublishedApiOnlyTest {

    @Test
    void noBenchmarkClassImportsQuarryInternals() {
        ModuleRules.assertNoInternalImports(InsertBenchmark.class, PublishedApiOnlyTest.class);
    }
}
