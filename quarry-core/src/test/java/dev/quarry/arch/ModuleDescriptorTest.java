package dev.quarry.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * quarry-core's compiled module descriptor exports the API and the SPI and nothing under {@code internal}, so an
 * application or module on the module path cannot reach the engine or the dialects.
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor core() throws URISyntaxException {
        Path classes = Path.of(dev.quarry.Quarry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return ModuleFinder.of(classes).find("dev.quarry.core").orElseThrow().descriptor();
    }

    @Test
    void coreExportsItsApiAndSpiPackagesOnly() throws Exception {
        Set<String> exported = core().exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertThat(exported).containsExactlyInAnyOrder("dev.quarry", "dev.quarry.annotation", "dev.quarry.error",
                "dev.quarry.query", "dev.quarry.relation", "dev.quarry.schema", "dev.quarry.session",
                "dev.quarry.spi", "dev.quarry.watch");
        assertThat(core().exports()).allMatch(e -> !e.isQualified());
    }

    @Test
    void everyPackageLeftUnexportedIsInternal() throws Exception {
        ModuleDescriptor d = core();
        Set<String> exported = d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(d.packages()).filteredOn(p -> !exported.contains(p))
                .isNotEmpty().allMatch(p -> p.startsWith("dev.quarry.internal."));
        assertThat(d.opens()).isEmpty();
    }

    @Test
    void theEngineIsProvidedAsAServiceNotExported() throws Exception {
        assertThat(core().provides()).anyMatch(p -> p.service().equals("dev.quarry.QuarryEngine$Factory")
                && p.providers().equals(java.util.List.of("dev.quarry.internal.engine.EngineFactory")));
    }
}
