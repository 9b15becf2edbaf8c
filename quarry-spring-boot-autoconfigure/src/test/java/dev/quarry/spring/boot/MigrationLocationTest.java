package dev.quarry.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** A {@code classpath:} migration location inside a jar, as in a packaged application. */
class MigrationLocationTest {

    @Test
    void theDatabasesFilesAreCopiedOutOfAJarAndTheCopyIsDeletedAfterwards(@TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("app.jar"), Map.of(
                "db/quarry/sqlite/V1__create.sql", "CREATE TABLE t (id INT PRIMARY KEY);\n",
                "db/quarry/sqlite/U1__create.sql", "DROP TABLE t;\n",
                "db/quarry/postgresql/V1__create.sql", "CREATE TABLE t (id INT PRIMARY KEY, pg INT);\n"));
        Path copy;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             MigrationLocation location = MigrationLocation.resolve("classpath:db/quarry/", "sqlite",
                     new PathMatchingResourcePatternResolver(loader))) {
            copy = location.directory();
            try (Stream<Path> files = Files.list(copy.resolve("sqlite"))) {
                assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
                        "V1__create.sql", "U1__create.sql");
            }
            assertThat(copy.resolve("postgresql")).as("only the database being migrated").doesNotExist();
            assertThat(copy.resolve("sqlite/V1__create.sql")).hasContent("CREATE TABLE t (id INT PRIMARY KEY);");
        }
        assertThat(copy).doesNotExist();
    }

    /**
     * A jar as Maven's jar plugin and Spring Boot's repackaging write one: with an entry per directory, which
     * Spring's {@code classpath*:} search needs to find a folder in a jar (its Javadoc says so).
     */
    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        Set<String> directories = new TreeSet<>();
        for (String name : entries.keySet()) {
            for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                directories.add(name.substring(0, slash + 1));
            }
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (String directory : directories) {
                jar.putNextEntry(new JarEntry(directory));
                jar.closeEntry();
            }
            for (Map.Entry<String, String> e : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(e.getKey()));
                jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return file;
    }
}
