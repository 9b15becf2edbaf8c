package dev.quarry.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The compile errors for invalid records; one compiler run serves every case of {@link InvalidSources}. */
class TableProcessorErrorTest {
    /** javac's own error for the unresolvable type in {@code Unresolved}, reported besides ours. */
    private static final String JAVAC_CANNOT_FIND = "cannot find symbol";

    private static Compilation compilation;

    @BeforeAll
    static void compileAllInvalidRecords() {
        Map<String, String> sources = new TreeMap<>();
        InvalidSources.CASES.forEach(c -> sources.put(c.qualifiedName(), c.source()));
        compilation = TestCompiler.withTableProcessor().compile(sources);
    }

    static final List<InvalidSources.Case> CASES = InvalidSources.CASES;

    @ParameterizedTest
    @FieldSource("CASES")
    void eachMistakeIsOneErrorAtTheElementAtFault(InvalidSources.Case c) {
        List<Diagnostic<? extends JavaFileObject>> errors = compilation.diagnostics(Diagnostic.Kind.ERROR).stream()
                .filter(d -> d.getSource() != null && d.getSource().getName().equals("/bad/" + c.name() + ".java"))
                .filter(d -> !d.getMessage(null).startsWith(JAVAC_CANNOT_FIND))
                .toList();
        assertThat(errors).as(compilation.report()).hasSize(1);
        assertThat(errors.get(0).getMessage(null)).isEqualTo(c.message());
        assertThat(errors.get(0).getLineNumber()).as("line of the error in " + c.name()).isEqualTo(c.markedLine());
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void nothingIsGeneratedForARecordWithErrors(InvalidSources.Case c) {
        assertThat(compilation.generatedSource(c.qualifiedName() + "Table")).isNull();
    }

    @Test
    void everyErrorBelongsToACase() {
        assertThat(compilation.success()).isFalse();
        assertThat(compilation.diagnostics(Diagnostic.Kind.ERROR)).as(compilation.report())
                .hasSize(InvalidSources.CASES.size() + 1); // + javac's own for the unresolvable type
    }
}
