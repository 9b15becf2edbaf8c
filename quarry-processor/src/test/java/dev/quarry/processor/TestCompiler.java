package dev.quarry.processor;

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
import javax.annotation.processing.Processor;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources held in strings with the system compiler, in-process, with quarry-core on the class path and
 * the given processors. Classes and generated sources go to a fresh temporary directory.
 */
final class TestCompiler {
    private final List<Path> classPath = new ArrayList<>();
    private final List<Processor> processors = new ArrayList<>();

    private TestCompiler() {
        classPath.add(locationOf(Table.class));
    }

    /** A compiler running {@link TableProcessor}. */
    static TestCompiler withTableProcessor() {
        return new TestCompiler().processor(new TableProcessor());
    }

    /** A compiler running no processor. */
    static TestCompiler withoutProcessors() {
        return new TestCompiler();
    }

    /** Also runs {@code processor}. */
    TestCompiler processor(Processor processor) {
        processors.add(processor);
        return this;
    }

    /** Also puts {@code directory} on the class path. */
    TestCompiler classPath(Path directory) {
        classPath.add(directory);
        return this;
    }

    /** Compiles {@code sources}, keyed by qualified type name. */
    Compilation compile(Map<String, String> sources) {
        return run(sources, List.of());
    }

    /**
     * Runs the processors on classes already compiled (found on the class path), as {@code javac -processor ...
     * com.example.Author} does: how a record compiled by another compiler, such as Kotlin's, is processed.
     */
    Compilation processClasses(List<String> qualifiedNames) {
        return run(Map.of(), qualifiedNames);
    }

    private Compilation run(Map<String, String> sources, List<String> classNames) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Path out = Files.createTempDirectory("quarry-processor-test");
            Path classes = Files.createDirectories(out.resolve("classes"));
            Path generated = Files.createDirectories(out.resolve("generated"));
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(generated));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            List<JavaFileObject> units = new ArrayList<>();
            sources.forEach((name, text) -> units.add(new Source(name, text)));
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
                    List.of("-Xlint:all,-processing"), classNames.isEmpty() ? null : classNames, units);
            task.setProcessors(processors);
            task.setLocale(Locale.ROOT);
            boolean ok = task.call();
            return new Compilation(ok, diagnostics.getDiagnostics(), classes, generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A source file held in memory. */
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
