package dev.quarry.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/spring.md shows the savepoint example as {@code Artists} holds it (SpringTransactionsTest runs it on every
 * database), and its property table names every property the generated metadata lists.
 */
class SpringDocTest {
    private static String doc() throws IOException {
        return Files.readString(Path.of("../docs/spring.md"));
    }

    @Test
    void theSavepointExampleIsTheMethodTheTestsRun() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/quarry/spring/boot/Artists.java"));
        int start = source.lastIndexOf("    @Transactional", source.indexOf("addAroundFailedQuarryTransaction"));
        String method = source.substring(start, source.indexOf("\n    }\n", start) + "\n    }".length());
        assertThat(doc()).contains(method);
    }

    @Test
    void everyPropertyInTheMetadataIsDocumented() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("\"name\": \"(quarry\\.[a-z.-]+)\"").matcher(json);
        String doc = doc();
        int count = 0;
        while (m.find()) {
            assertThat(doc).as(m.group(1)).contains("`" + m.group(1) + "`");
            count++;
        }
        assertThat(count).isGreaterThan(15);
    }
}
