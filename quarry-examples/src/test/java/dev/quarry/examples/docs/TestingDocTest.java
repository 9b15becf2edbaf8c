package dev.quarry.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/testing.md shows {@code AuthStoreTest} as it is in the repository, from its imports on, so the example a
 * reader copies is the test the build runs. (Surefire runs in the module's directory.)
 */
class TestingDocTest {

    @Test
    void theDocumentedExampleIsTheAuthStoreTestTheBuildRuns() throws IOException {
        String doc = Files.readString(Path.of("../docs/testing.md"));
        String source = Files.readString(Path.of("src/test/java/dev/quarry/examples/auth/AuthStoreTest.java"));

        assertThat(doc).contains(source.substring(source.indexOf("import static")).strip());
    }
}
