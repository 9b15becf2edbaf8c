package dev.quarry.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The outcome of one {@link TestCompiler} run: whether it succeeded, its diagnostics, and where the classes and
 * generated sources went.
 *
 * @param success     whether the compiler reported no errors
 * @param diagnostics everything the compiler and processors reported
 * @param classes     the class output directory
 * @param generated   the generated source directory
 */
record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes,
                   Path generated) {

    /** The diagnostics of {@code kind}. */
    List<Diagnostic<? extends JavaFileObject>> diagnostics(Diagnostic.Kind kind) {
        return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
    }

    /** The generated source of {@code qualifiedName}, or null when none was generated. */
    String generatedSource(String qualifiedName) {
        Path file = generated.resolve(qualifiedName.replace('.', '/') + ".java");
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh class loader over the compiled classes, whose parent holds quarry-core. */
    URLClassLoader loader() {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every diagnostic, one per line, for assertion messages. */
    String report() {
        StringBuilder b = new StringBuilder();
        diagnostics.forEach(d -> b.append(d.getKind()).append(' ')
                .append(d.getSource() == null ? "-" : d.getSource().getName()).append(':')
                .append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n'));
        return b.toString();
    }
}
