package dev.quarry.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The processor run on a record's class file rather than its source, as Kotlin projects run it (docs/kotlin.md):
 * a {@code @JvmRecord data class} compiles to a JVM record whose Quarry annotations sit on the record components and
 * whose nullability is JetBrains' {@code @Nullable} (CLASS retention) on the accessor, not on the component.
 */
class ClassFileRecordTest {

    /** What kotlinc writes for {@code data class Author(@Id val id: Long, val name: String, val born: Int?)}. */
    private static final Map<String, String> AS_KOTLIN_WRITES_IT = Map.of(
            "org.jetbrains.annotations.Nullable", """
                    package org.jetbrains.annotations;
                    import java.lang.annotation.*;
                    @Retention(RetentionPolicy.CLASS)
                    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
                    public @interface Nullable {}
                    """,
            "kt.Author", """
                    package kt;
                    import dev.quarry.annotation.*;
                    import org.jetbrains.annotations.Nullable;
                    @Table("kt_author")
                    public record Author(@Id long id, @Unique String name, Integer born) {
                        @Override @Nullable public Integer born() { return born; }
                    }
                    """);

    @Test
    void aRecordReadFromItsClassFileGetsItsTableWithNullabilityFromTheAccessor() throws Exception {
        Compilation compiled = TestCompiler.withoutProcessors().compile(AS_KOTLIN_WRITES_IT);
        assertThat(compiled.success()).as(compiled.report()).isTrue();

        Compilation processed = TestCompiler.withTableProcessor().classPath(compiled.classes())
                .processClasses(List.of("kt.Author"));

        assertThat(processed.success()).as(processed.report()).isTrue();
        assertThat(processed.generatedSource("kt.AuthorTable")).isNotNull();
        TableDef expected = TableDef.builder("kt_author")
                .column("id", DataType.LONG)
                .column("name", DataType.STRING)
                .nullableColumn("born", DataType.INT)
                .primaryKey("id")
                .unique("kt_author_name_key", "name")
                .build();
        URL[] both = {processed.classes().toUri().toURL(), compiled.classes().toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(both, getClass().getClassLoader())) {
            assertThat(loader.loadClass("kt.AuthorTable").getField("DEF").get(null)).isEqualTo(expected);
        }
    }
}
