package dev.quarry.examples.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * quarry-bom lists exactly the published modules, so a user who imports it gets a version for every Quarry artifact
 * they can depend on and none for one that is not published. A module is published unless its POM skips its
 * Javadoc jar (examples, benchmarks); a module added to the root POM fails here until the BOM names it.
 */
class BomTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theBomManagesEveryPublishedModuleAtTheProjectsVersion() throws IOException {
        String root = Files.readString(ROOT.resolve("pom.xml"));
        String bom = Files.readString(ROOT.resolve("quarry-bom/pom.xml"));

        TreeSet<String> published = new TreeSet<>();
        for (String module : all(root, "<module>([^<]+)</module>")) {
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            if (!pom.contains("<packaging>pom</packaging>")
                    && !pom.contains("<maven.javadoc.skip>true</maven.javadoc.skip>")) {
                published.add(module);
            }
        }

        assertThat(published).contains("quarry-core", "quarry-processor", "quarry-testkit");
        assertThat(new TreeSet<>(all(bom, "<artifactId>([^<]+)</artifactId>\\s*<version>\\$\\{project.version}")))
                .isEqualTo(published);
        assertThat(first(bom, "<artifactId>quarry-bom</artifactId>\\s*<version>([^<]+)</version>"))
                .isEqualTo(first(root, "<artifactId>quarry-parent</artifactId>\\s*<version>([^<]+)</version>"));
        assertThat(bom).as("a BOM with a parent would hand users the parent's test and benchmark pins")
                .doesNotContain("<parent>");
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1).trim());
        }
        return found;
    }

    private static String first(String text, String regex) {
        List<String> found = all(text, regex);
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
