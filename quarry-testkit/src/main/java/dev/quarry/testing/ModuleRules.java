package dev.quarry.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The rule every module above quarry-core checks in its own build (STYLE.md 15): it uses only Quarry's published API
 * and SPI, never {@code dev.quarry.internal}. A module's test calls {@link #assertNoInternalImports} with one class
 * from each of its class directories (main and test). A user's build may check its own code the same way.
 *
 * <p>Needs ArchUnit ({@code com.tngtech.archunit:archunit}) on the test class path: the kit declares it optional,
 * so only a module that calls this class brings it. Stateless.
 */
public final class ModuleRules {
    private ModuleRules() {
    }

    /** Fails if any class in the class directories of {@code anchors} depends on {@code dev.quarry.internal}. */
    public static void assertNoInternalImports(Class<?>... anchors) {
        JavaClasses classes = new ClassFileImporter()
                .importPaths(Arrays.stream(anchors).map(ModuleRules::locationOf).toList());
        noClasses().that().resideOutsideOfPackage("dev.quarry.internal..")
                .should().dependOnClassesThat().resideInAPackage("dev.quarry.internal..")
                .because("modules above quarry-core use only its published API and SPI (dev.quarry.spi); if they "
                        + "need more, the SPI grows, deliberately")
                .check(classes);
    }

    private static Path locationOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
