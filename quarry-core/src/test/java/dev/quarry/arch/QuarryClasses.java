package dev.quarry.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Quarry's compiled classes, imported once per JVM from the directories (or jars) that hold them rather than by
 * scanning the whole class path for the package.
 */
final class QuarryClasses {
    private static final Path MAIN_LOCATION = locationOf(dev.quarry.Quarry.class);

    /** The main and test classes of quarry-core. */
    static final JavaClasses MAIN_AND_TESTS = new ClassFileImporter()
            .withImportOption(location -> location.contains("/dev/quarry/"))
            .importPaths(MAIN_LOCATION, locationOf(QuarryClasses.class));

    /** The main classes of quarry-core. */
    static final JavaClasses MAIN = MAIN_AND_TESTS.that(new DescribedPredicate<JavaClass>("main classes") {
        @Override
        public boolean test(JavaClass c) {
            return c.getSource().map(s -> s.getUri().toString().startsWith(MAIN_LOCATION.toUri().toString()))
                    .orElse(false);
        }
    });

    private QuarryClasses() {
    }

    private static Path locationOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static {
        if (MAIN.stream().noneMatch(c -> c.getName().equals("dev.quarry.Quarry"))
                || MAIN.stream().anyMatch(c -> c.getName().equals(QuarryClasses.class.getName()))) {
            throw new IllegalStateException("the import did not separate Quarry's main classes from its tests");
        }
    }
}
