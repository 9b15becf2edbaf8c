package dev.quarry.cli;

import dev.quarry.processor.TableProcessor;
import dev.quarry.query.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles {@code @Table} records as a user's build would: javac with Quarry's annotation processor, into a class
 * directory that then holds the classes, the generated tables and the table index.
 */
final class SchemaCompiler {
    private SchemaCompiler() {
    }

    /**
     * Compiles {@code sources} (keyed by qualified type name) into {@code classes}.
     *
     * @throws AssertionError with the compiler's report if it fails or warns
     */
    static Path compile(Path classes, Map<String, String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(classes);
            Path generated = Files.createTempDirectory("quarry-cli-generated");
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, List.of(locationOf(Table.class)));
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, text) -> units.add(new Source(name, text)));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, List.of("-Xlint:all,-processing"),
                    null, units);
            task.setProcessors(List.of(new TableProcessor()));
            task.setLocale(Locale.ROOT);
            boolean ok = task.call();
            if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                StringBuilder report = new StringBuilder("compilation " + (ok ? "warned" : "failed") + ":\n");
                diagnostics.getDiagnostics().forEach(d -> report.append(d.getKind()).append(' ')
                        .append(d.getSource() == null ? "-" : d.getSource().getName()).append(':')
                        .append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n'));
                sources.forEach((n, s) -> report.append("--- ").append(n).append('\n').append(s));
                throw new AssertionError(report.toString());
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String qualifiedName, String text) {
            super(URI.create("string:///" + qualifiedName.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
