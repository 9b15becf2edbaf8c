package dev.quarry.examples.kotlin

import dev.quarry.processor.TableProcessor
import java.nio.file.Files
import java.util.Locale
import javax.tools.Diagnostic
import javax.tools.DiagnosticCollector
import javax.tools.JavaFileObject
import javax.tools.ToolProvider
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.Test

/**
 * Quarry's processor run, as the build runs it, on classes kotlinc compiled: what Kotlin cannot declare as a table
 * is refused with a message that says what to do, instead of generated code that does not compile.
 */
class ProcessorOnKotlinTest {

    @Test
    fun `a value-class property is refused with advice to use the value's own type`() {
        assertThat(errorsProcessing("dev.quarry.examples.kotlin.WithValueClass")).singleElement().asString()
            .contains("canonical constructor of @Table record WithValueClass is private")
            .contains("value class (@JvmInline)")
    }

    @Test
    fun `a data class without @JvmRecord is refused as not a record`() {
        assertThat(errorsProcessing("dev.quarry.examples.kotlin.PlainDataClass")).singleElement().asString()
            .contains("@Table applies only to records, but PlainDataClass is a class")
    }

    @Test
    fun `the example's tables process without a warning`() {
        assertThat(diagnostics("dev.quarry.examples.kotlin.Author", "dev.quarry.examples.kotlin.Book")).isEmpty()
    }

    private fun errorsProcessing(vararg classNames: String): List<String> =
        diagnostics(*classNames).filter { it.kind == Diagnostic.Kind.ERROR }.map { it.getMessage(Locale.ROOT) }

    private fun diagnostics(vararg classNames: String): List<Diagnostic<out JavaFileObject>> {
        val javac = ToolProvider.getSystemJavaCompiler()
        val collector = DiagnosticCollector<JavaFileObject>()
        val out = Files.createTempDirectory("quarry-kotlin-processor").toFile()
        val options = listOf("-proc:only", "-implicit:none", "-classpath", System.getProperty("java.class.path"),
            "-s", out.path, "-d", out.path)
        javac.getStandardFileManager(collector, Locale.ROOT, null).use { files ->
            val task = javac.getTask(null, files, collector, options, classNames.toList(), emptyList())
            task.setProcessors(listOf(TableProcessor()))
            task.call()
        }
        out.deleteRecursively()
        return collector.diagnostics
    }
}
