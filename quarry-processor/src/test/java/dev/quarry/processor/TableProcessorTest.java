package dev.quarry.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.query.Column;
import dev.quarry.query.Table;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.Json;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the processor generates for valid records; one compiler run serves every test. */
class TableProcessorTest {
    private static Compilation compilation;
    private static GeneratedTables tables;

    @BeforeAll
    static void compileAllValidRecords() {
        compilation = TestCompiler.withTableProcessor().processor(new ColorProcessor()).compile(ValidSources.all());
        tables = new GeneratedTables(compilation.loader());
    }

    @Test
    void validRecordsCompileWithoutErrorsOrWarnings() {
        assertThat(compilation.success()).as(compilation.report()).isTrue();
        assertThat(compilation.diagnostics(Diagnostic.Kind.WARNING)).as(compilation.report()).isEmpty();
        assertThat(compilation.diagnostics(Diagnostic.Kind.MANDATORY_WARNING)).as(compilation.report()).isEmpty();
    }

    @Test
    void artistDefinitionEqualsTheHandWrittenOne() {
        TableDef expected = TableDef.builder("artist")
                .column(new ColumnDef("id", DataType.LONG, false, null, true))
                .column("name", DataType.string(120))
                .nullableColumn("country", DataType.STRING)
                .primaryKey("id")
                .unique("artist_name_key", "name")
                .build();
        assertThat(tables.def("shop.ArtistTable")).isEqualTo(expected);
    }

    @Test
    void albumDefinitionHasItsIndexForeignKeyAndDecimal() {
        TableDef expected = TableDef.builder("album")
                .column("id", DataType.LONG)
                .column("artist_id", DataType.LONG)
                .column("title", DataType.string(200))
                .nullableColumn("released", DataType.LOCAL_DATE)
                .column("price", DataType.decimal(10, 2))
                .primaryKey("id")
                .index("album_artist_id_idx", "artist_id")
                .foreignKey("album_artist_id_fkey", List.of("artist_id"), "artist", List.of("id"),
                        ReferentialAction.CASCADE)
                .build();
        assertThat(tables.def("shop.AlbumTable")).isEqualTo(expected);
    }

    @Test
    void everySupportedTypeMapsToItsDataTypeAndBoxedColumn() {
        TableDef def = tables.def("shop.SampleTable");
        assertThat(def.name()).isEqualTo("samples");
        assertThat(def.columns()).extracting(c -> c.type().kind()).containsExactly(
                SqlType.UUID, SqlType.INT, SqlType.LONG, SqlType.SHORT, SqlType.DOUBLE, SqlType.FLOAT,
                SqlType.BOOLEAN, SqlType.INT, SqlType.LONG, SqlType.SHORT, SqlType.DOUBLE, SqlType.FLOAT,
                SqlType.BOOLEAN, SqlType.DECIMAL, SqlType.BYTES, SqlType.INSTANT, SqlType.LOCAL_DATE,
                SqlType.LOCAL_DATE_TIME, SqlType.LOCAL_TIME, SqlType.OFFSET_DATE_TIME, SqlType.ENUM, SqlType.JSON,
                SqlType.STRING);
        assertThat(def.column("amount").type()).isEqualTo(
                DataType.decimal(DataType.DEFAULT_PRECISION, DataType.DEFAULT_SCALE));
        assertThat(def.column("mood").type().javaType().getName()).isEqualTo("shop.Sample$Mood");
        assertThat(def.column("date_time").name()).isEqualTo("date_time");

        Table<Object> sample = tables.table("shop.SampleTable", "SAMPLE");
        assertThat(sample.columns()).extracting(c -> c.type().javaType().getSimpleName()).containsExactly(
                "UUID", "Integer", "Long", "Short", "Double", "Float", "Boolean", "Integer", "Long", "Short",
                "Double", "Float", "Boolean", "BigDecimal", "byte[]", "Instant", "LocalDate", "LocalDateTime",
                "LocalTime", "OffsetDateTime", "Mood", "Json", "String");
    }

    @Test
    void columnFieldsAreNamedAsTheComponents() throws ReflectiveOperationException {
        Class<?> type = tables.type("shop.SampleTable");
        Table<Object> sample = tables.table("shop.SampleTable", "SAMPLE");
        Column<?> dateTime = (Column<?>) type.getField("dateTime").get(sample);
        assertThat(dateTime.name()).isEqualTo("date_time");
        assertThat(dateTime.index()).isEqualTo(17);
        assertThat(dateTime.table()).isSameAs(sample);
    }

    @Test
    void onlyComponentsMarkedNullableByAnyPackageAreNullable() {
        TableDef def = tables.def("shop.SampleTable");
        assertThat(def.columns()).filteredOn(ColumnDef::nullable).extracting(ColumnDef::name)
                .containsExactly("boxed_long", "boxed_boolean", "text"); // ours, JSpecify's type use, Jakarta's
    }

    @Test
    void mapBuildsTheRecordAndValueReadsItBackForEveryType() {
        Table<Object> sample = tables.table("shop.SampleTable", "SAMPLE");
        Object mood = sample.def().column("mood").type().javaType().getEnumConstants()[1];
        Object[] values = {UUID.randomUUID(), 1, 2L, (short) 3, 4.5, 5.5f, true, 6, null, (short) 7, 8.5, 9.5f,
                null, new BigDecimal("10.25"), new byte[] {1, 2}, Instant.ofEpochSecond(11), LocalDate.of(2024, 1, 31),
                LocalDateTime.of(2024, 1, 31, 12, 0), LocalTime.NOON,
                OffsetDateTime.of(2024, 1, 31, 12, 0, 0, 0, ZoneOffset.ofHours(2)), mood, Json.of("{}"), "text"};
        Object record = sample.map(new ArrayRow(values), 0);
        assertThat(record.getClass().getName()).isEqualTo("shop.Sample");
        assertThat(sample.values(record)).containsExactly(values);
        assertThat(record.toString()).contains("mood=SAD", "boxedLong=null", "l=2");
    }

    @Test
    void mapReadsFromTheGivenOffset() {
        Table<Object> artist = tables.table("shop.ArtistTable", "ARTIST");
        Object record = artist.map(new ArrayRow("joined", 99, 7L, "Miles", null), 2);
        assertThat(artist.values(record)).containsExactly(7L, "Miles", null);
    }

    @Test
    void valueRejectsAColumnIndexOutOfRange() {
        Table<Object> artist = tables.table("shop.ArtistTable", "ARTIST");
        Object record = artist.map(new ArrayRow(1L, "Nina", "US"), 0);
        assertThatThrownBy(() -> artist.value(record, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void compositeKeyRecordIndexesAndDefaults() {
        TableDef def = tables.def("shop.InvoiceLineTable");
        assertThat(def.primaryKey()).containsExactly("invoice_id", "line_no");
        assertThat(def.indexes()).containsExactly(
                new IndexDef("invoice_line_invoice_id_line_no_key", List.of("invoice_id", "line_no"), true),
                new IndexDef("line_by_product", List.of("product"), false),
                new IndexDef("invoice_line_product_quantity_idx", List.of("product", "quantity"), false));
        assertThat(def.columns()).extracting(ColumnDef::defaultValue)
                .containsExactly(null, null, null, "1", "CURRENT_TIMESTAMP", "say \"hi\"\n");
        assertThat(def.foreignKeys()).containsExactly(new ForeignKeyDef("invoice_line_invoice_id_fkey",
                List.of("invoice_id"), "invoice", List.of("id"), ReferentialAction.NO_ACTION));
        assertThat(tables.table("shop.InvoiceLineTable", "INVOICE_LINE").primaryKey())
                .extracting(Column::name).containsExactly("invoice_id", "line_no");
    }

    @Test
    void referencesANamedColumnAndTheTableItself() {
        TableDef def = tables.def("shop.EmployeeTable");
        assertThat(def.name()).isEqualTo("staff");
        assertThat(def.foreignKeys()).containsExactly(
                new ForeignKeyDef("staff_manager_id_fkey", List.of("manager_id"), "staff", List.of("id"),
                        ReferentialAction.SET_NULL),
                new ForeignKeyDef("staff_invoice", List.of("last_invoice"), "invoice", List.of("number"),
                        ReferentialAction.NO_ACTION));
        assertThat(tables.def("shop.InvoiceTable").indexes())
                .containsExactly(new IndexDef("invoice_number_unique", List.of("number"), true));
        assertThat(tables.def("shop.InvoiceTable").column("customer")).isNotNull();
    }

    @Test
    void onlyPrimitiveComponentsAreMarkedNeverNullSoInsertsStillCheckEveryOtherNotNullColumn() {
        Table<Object> sample = tables.table("shop.SampleTable", "SAMPLE");
        List<Integer> neverNull = IntStream.range(0, sample.width()).filter(sample::neverNull).boxed().toList();
        assertThat(neverNull).containsExactly(1, 2, 3, 4, 5, 6); // int, long, short, double, float, boolean
        Table<Object> row = tables.table("shop.RowTable", "ROW");
        assertThat(IntStream.range(0, row.width()).noneMatch(row::neverNull)).isTrue();
    }

    @Test
    void theGeneratedClassIsAsVisibleAsTheRecord() {
        assertThat(Modifier.isPublic(tables.type("shop.ArtistTable").getModifiers())).isTrue();
        assertThat(Modifier.isPublic(tables.type("shop.EmployeeTable").getModifiers())).isFalse();
        assertThat(Modifier.isFinal(tables.type("shop.EmployeeTable").getModifiers())).isTrue();
    }

    @Test
    void aNestedRecordGetsATableNamedAfterItsEnclosingClass() {
        Table<Object> genre = tables.table("shop.Catalog_GenreTable", "GENRE");
        assertThat(genre.name()).isEqualTo("genre");
        Object record = genre.map(new ArrayRow(3, "Jazz"), 0);
        assertThat(record.getClass().getName()).isEqualTo("shop.Catalog$Genre");
        assertThat(genre.values(record)).containsExactly(3, "Jazz");
    }

    @Test
    void namesThatCollideWithTheGeneratedCodeStillWork() {
        Table<Object> row = tables.table("shop.RowTable", "ROW");
        java.util.UUID id = java.util.UUID.fromString("00000000-0000-0000-0000-00000000000b");
        Object record = row.map(new ArrayRow("a", id, null), 0);
        assertThat(record.getClass().getName()).isEqualTo("shop.Row");
        assertThat(row.values(record)).containsExactly("a", id, null);
        assertThat(compilation.generatedSource("shop.RowTable"))
                .contains("public Row map(dev.quarry.query.Row row, int o)", "row.getString(o)",
                        "row.get(o + 1, this.row.type())");
    }

    @Test
    void aTypeGeneratedByAnotherProcessorIsWaitedFor() {
        TableDef def = tables.def("shop.PaintTable");
        assertThat(def.column("color").type().javaType().getName()).isEqualTo("gen.Color");
    }

    @Test
    void asReturnsTheSameTableUnderAnAlias() {
        Table<Object> artist = tables.table("shop.ArtistTable", "ARTIST");
        Table<Object> other = artist.as("a2");
        assertThat(other.getClass()).isSameAs(artist.getClass());
        assertThat(other.alias()).isEqualTo("a2");
        assertThat(other.def()).isSameAs(artist.def());
        assertThat(other.columns().get(1).toString()).isEqualTo("a2.name");
    }

    @Test
    void theClassSaysItIsGeneratedAndFromWhichRecord() {
        assertThat(compilation.generatedSource("shop.ArtistTable"))
                .contains("@Generated(\"dev.quarry.processor.TableProcessor\")")
                .contains("Generated by the Quarry annotation processor from {@code shop.Artist}")
                .contains("public final class ArtistTable extends Table<Artist> {");
    }

    @Test
    void theSameSourcesGiveTheSameFilesInAnyOrder() {
        java.util.Map<String, String> reversed = new java.util.LinkedHashMap<>();
        List<String> names = List.of("shop.Invoice", "shop.InvoiceLine", "shop.Artist", "shop.Album");
        names.forEach(n -> reversed.put(n, ValidSources.all().get(n)));
        Compilation again = TestCompiler.withTableProcessor().compile(reversed);
        for (String name : names) {
            assertThat(again.generatedSource(name + "Table")).isEqualTo(compilation.generatedSource(name + "Table"));
        }
    }

    @Test
    void aReferencedRecordAlreadyCompiledIsReadFromTheClassPath() {
        Compilation library = TestCompiler.withTableProcessor().compile(java.util.Map.of("lib.Country", """
                package lib;

                import dev.quarry.annotation.*;

                @Table
                public record Country(@Id @Column(name = "code") String isoCode, String name) {
                }
                """));
        assertThat(library.success()).as(library.report()).isTrue();
        Compilation app = TestCompiler.withTableProcessor().classPath(library.classes())
                .compile(java.util.Map.of("app.City", """
                        package app;

                        import dev.quarry.annotation.*;

                        @Table
                        public record City(@Id long id, @References(lib.Country.class) String country) {
                        }
                        """));
        assertThat(app.success()).as(app.report()).isTrue();
        GeneratedTables appTables = new GeneratedTables(new java.net.URLClassLoader(
                new java.net.URL[] {url(app), url(library)}, getClass().getClassLoader()));
        assertThat(appTables.def("app.CityTable").foreignKeys()).containsExactly(new ForeignKeyDef(
                "city_country_fkey", List.of("country"), "country", List.of("code"), ReferentialAction.NO_ACTION));
    }

    private static java.net.URL url(Compilation c) {
        try {
            return c.classes().toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bytesRoundTripByIdentity() {
        // byte[] has no value equality; the mapper must pass the very array through
        Table<Object> sample = tables.table("shop.SampleTable", "SAMPLE");
        byte[] bytes = {9};
        Object[] values = new Object[23];
        Arrays.fill(values, null);
        values[14] = bytes;
        assertThat(sample.value(sample.map(new ArrayRow(values), 0), 14)).isSameAs(bytes);
    }
}
