package dev.quarry.processor;

import java.util.Map;
import java.util.TreeMap;

/** Records that compile without errors, shared by one compiler run for all the generation tests. */
final class ValidSources {
    private ValidSources() {
    }

    static final String ARTIST = """
            package shop;

            import dev.quarry.annotation.*;

            @Table
            public record Artist(@Id(generated = true) long id, @Unique @Column(length = 120) String name,
                                 @Nullable String country) {
            }
            """;

    static final String ALBUM = """
            package shop;

            import dev.quarry.annotation.*;
            import java.math.BigDecimal;
            import java.time.LocalDate;

            @Table
            public record Album(@Id long id,
                                @Index @References(value = Artist.class, onDelete = ReferentialAction.CASCADE)
                                long artistId,
                                @Column(length = 200) String title,
                                @Nullable LocalDate released,
                                @Column(precision = 10, scale = 2) BigDecimal price) {
            }
            """;

    /** Every supported type, and the three kinds of {@code @Nullable}. */
    static final String SAMPLE = """
            package shop;

            import dev.quarry.annotation.*;
            import dev.quarry.schema.Json;
            import java.math.BigDecimal;
            import java.time.*;
            import java.util.UUID;

            @Table("samples")
            public record Sample(@Id UUID id, int i, long l, short s, double d, float f, boolean b,
                                 Integer boxedInt, @Nullable Long boxedLong, Short boxedShort, Double boxedDouble,
                                 Float boxedFloat, @org.jspecify.annotations.Nullable Boolean boxedBoolean,
                                 BigDecimal amount, byte[] bytes, Instant instant, LocalDate date,
                                 LocalDateTime dateTime, LocalTime time, OffsetDateTime offset, Mood mood,
                                 Json json, @jakarta.annotation.Nullable String text) {
                public enum Mood { HAPPY, SAD }
            }
            """;

    /** A type-use {@code @Nullable}, as JSpecify declares it. */
    static final String JSPECIFY_NULLABLE = """
            package org.jspecify.annotations;

            import java.lang.annotation.*;

            @Retention(RetentionPolicy.RUNTIME)
            @Target(ElementType.TYPE_USE)
            public @interface Nullable {
            }
            """;

    /** A {@code @Nullable} without {@code @Target}, as Jakarta declares it. */
    static final String JAKARTA_NULLABLE = """
            package jakarta.annotation;

            import java.lang.annotation.*;

            @Retention(RetentionPolicy.RUNTIME)
            public @interface Nullable {
            }
            """;

    static final String INVOICE = """
            package shop;

            import dev.quarry.annotation.*;

            @Table
            public record Invoice(@Id long id, @Column(name = "customer") String customerName,
                                  @Unique(name = "invoice_number_unique") String number) {
            }
            """;

    /** A composite key, record-level indexes and defaults. */
    static final String INVOICE_LINE = """
            package shop;

            import dev.quarry.annotation.*;
            import java.time.Instant;

            @Table
            @Index(columns = {"invoice_id", "line_no"}, unique = true)
            @Index(columns = "product", name = "line_by_product")
            @Index(columns = {"product", "quantity"})
            public record InvoiceLine(@Id @References(Invoice.class) long invoiceId, @Id int lineNo,
                                      String product, @Default("1") int quantity,
                                      @Default(Default.NOW) Instant addedAt,
                                      @Nullable @Default("say \\"hi\\"\\n") String note) {
            }
            """;

    /** References to a named unique column and to its own table, and SET_NULL. */
    static final String EMPLOYEE = """
            package shop;

            import dev.quarry.annotation.*;

            @Table("staff")
            record Employee(@Id long id,
                            @Nullable @References(value = Employee.class, onDelete = ReferentialAction.SET_NULL)
                            Long managerId,
                            @References(value = Invoice.class, column = "number", name = "staff_invoice")
                            String lastInvoice) {
            }
            """;

    /** A record nested in a class. */
    static final String CATALOG = """
            package shop;

            import dev.quarry.annotation.*;

            public class Catalog {
                @Table
                public record Genre(@Id int id, String name) {
                }
            }
            """;

    /** A record whose name and components collide with names the generated class uses. */
    static final String ROW = """
            package shop;

            import dev.quarry.annotation.*;

            @Table
            public record Row(@Id String o, java.util.UUID row, @Nullable String column) {
            }
            """;

    /** A component whose type another processor generates in the first round. */
    static final String PAINT = """
            package shop;

            import dev.quarry.annotation.*;
            import gen.Color;

            @Table
            public record Paint(@Id long id, Color color) {
            }
            """;

    /** All of the above, keyed by qualified name. */
    static Map<String, String> all() {
        Map<String, String> all = new TreeMap<>();
        all.put("shop.Artist", ARTIST);
        all.put("shop.Album", ALBUM);
        all.put("shop.Sample", SAMPLE);
        all.put("org.jspecify.annotations.Nullable", JSPECIFY_NULLABLE);
        all.put("jakarta.annotation.Nullable", JAKARTA_NULLABLE);
        all.put("shop.Invoice", INVOICE);
        all.put("shop.InvoiceLine", INVOICE_LINE);
        all.put("shop.Employee", EMPLOYEE);
        all.put("shop.Catalog", CATALOG);
        all.put("shop.Row", ROW);
        all.put("shop.Paint", PAINT);
        return all;
    }
}
