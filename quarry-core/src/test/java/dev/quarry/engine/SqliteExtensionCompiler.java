package dev.quarry.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Builds a SQLite loadable extension from C with gcc, for tests. */
final class SqliteExtensionCompiler {
    private SqliteExtensionCompiler() {
    }

    static boolean gccRuns() {
        try {
            Process p = new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Skips the calling test class with {@code reason}, or fails it when every database is required. */
    static void skipOrFail(String reason) {
        if ("1".equals(System.getenv("QUARRY_REQUIRE_ALL_DBS"))) {
            throw new AssertionError(reason + " and QUARRY_REQUIRE_ALL_DBS=1");
        }
        Assumptions.abort(reason);
    }

    /** {@code gcc -fPIC -shared -I/usr/include source -o target}; the compiler's output in the error. */
    static Path compile(Path source, Path target) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("gcc", "-fPIC", "-shared", "-I/usr/include", source.toString(), "-o",
                target.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !Files.exists(target)) {
            throw new AssertionError("gcc could not build " + source + ":\n" + output);
        }
        return target;
    }
}
