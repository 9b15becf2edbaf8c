package dev.quarry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user runs it, {@code java -jar quarry-cli-<version>-all.jar}, in a child process: built at
 * {@code package}, so surefire runs this class after the shade plugin (see the module's pom).
 */
class ShadedJarTest {
    private static final String PASSWORD = "Jar-S3cret-4410";

    @TempDir
    Path dir;

    /**
     * The pom's jar-test execution, which runs after package, names the jar; a run of this class by
     * {@code -Dtest=...} in the test phase, before the jar exists, is skipped.
     */
    @BeforeEach
    void theJarIsBuilt() {
        assumeTrue(System.getProperty("quarry.cli.jar") != null, "the jar is built at package: runs in jar-test");
    }

    @Test
    void theJarGeneratesAndAppliesAMigrationOnSqliteFromTheEnvironmentsUrl() throws Exception {
        Path classes = ShopSchema.compile(dir, "classes", ShopSchema.V1);

        Result version = java(Map.of(), "--version");
        Result generate = java(Map.of(), "migrate", "generate", "--name", "create customers", "--classpath",
                classes.toString());
        Result up = java(Map.of("QUARRY_URL", "jdbc:sqlite:app.db"), "migrate", "up");
        Result status = java(Map.of("QUARRY_URL", "jdbc:sqlite:app.db"), "migrate", "status");

        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("quarry 0.1.0-SNAPSHOT");
        assertThat(generate.exitCode()).as(generate.output()).isZero();
        assertThat(generate.output()).contains("Wrote V1 (create customers)", "migrations/sqlite/V1__create_customers.sql");
        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.output()).isEqualTo("Applied V1 on sqlite.\n");
        assertThat(status.output()).isEqualTo("V1    applied   create_customers\n");
        assertThat(dir.resolve("app.db")).exists();
    }

    @Test
    void theJarMasksAPasswordFromTheEnvironmentWhenItCannotConnect() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));

        Result run = java(Map.of("QUARRY_URL", "jdbc:postgresql://127.0.0.1:1/test?user=app&password=" + PASSWORD,
                "QUARRY_PASSWORD", PASSWORD), "migrate", "status");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(3);
        assertThat(run.output()).startsWith("quarry: ").doesNotContain(PASSWORD);
    }

    private record Result(int exitCode, String output) {
    }

    /** Runs the jar in {@code dir} with {@code env} added, standard error merged into the output. */
    private Result java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("quarry.cli.jar");
        assertThat(Path.of(jar)).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARRY_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the jar did not exit within 60 s: " + output);
        }
        return new Result(p.exitValue(), output);
    }
}
