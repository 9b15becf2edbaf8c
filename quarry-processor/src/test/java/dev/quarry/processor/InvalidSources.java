package dev.quarry.processor;

import java.util.List;

/**
 * Records with one mistake each, compiled together in one run. The line the error must point at ends with the
 * marker {@code //!}.
 */
final class InvalidSources {
    private InvalidSources() {
    }

    /**
     * One record with one mistake.
     *
     * @param name    the type's simple name, in package {@code bad}
     * @param source  the file's text
     * @param message the exact error message
     */
    record Case(String name, String source, String message) {
        String qualifiedName() {
            return "bad." + name;
        }

        /** The 1-based line holding the marker. */
        long markedLine() {
            List<String> lines = source.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith("//!")) {
                    return i + 1;
                }
            }
            throw new IllegalStateException(name + " has no //! marker");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case of(String name, String body, String message) {
        String source = """
                package bad;

                import dev.quarry.annotation.*;

                """ + body;
        return new Case(name, source, message);
    }

    static final List<Case> CASES = List.of(
            of("NotRecord", """
                    @Table //!
                    public class NotRecord {
                    }
                    """, "@Table applies only to records, but NotRecord is a class; declare it as "
                    + "'record NotRecord(...)' with one component per column"),
            of("Unsupported", """
                    @Table
                    record Unsupported(@Id long id,
                                       java.util.List<String> tags) { //!
                    }
                    """, "component 'tags' has type java.util.List<java.lang.String>, which Quarry cannot store "
                    + "in a column; use one of String, int, long, short, double, float, boolean (or their boxes), "
                    + "BigDecimal, byte[], UUID, Instant, LocalDate, LocalDateTime, LocalTime, OffsetDateTime, "
                    + "dev.quarry.schema.Json, or an enum"),
            of("NoId", """
                    @Table
                    record NoId(long id) { //!
                    }
                    """, "table 'no_id' (record NoId) has no primary key; mark its key component with @Id, or "
                    + "several components for a composite key"),
            of("SameColumn", """
                    @Table
                    record SameColumn(@Id long id,
                                      String userId,
                                      @Column(name = "user_id") String other) { //!
                    }
                    """, "components 'userId' and 'other' both map to column 'user_id' of table 'same_column'; "
                    + "give one of them another name with @Column(name = \"...\")"),
            of("NullablePrimitive", """
                    @Table
                    record NullablePrimitive(@Id long id,
                                             @Nullable int age) { //!
                    }
                    """, "component 'age' is a primitive int and cannot hold NULL, but it is marked @Nullable; "
                    + "use Integer to allow NULL, or remove @Nullable"),
            of("GeneratedText", """
                    @Table
                    record GeneratedText(@Id(generated = true) String code) { //!
                    }
                    """, "@Id(generated = true) needs an int or long component, but 'code' is java.lang.String; "
                    + "make the key an int or long, or remove generated = true"),
            of("GeneratedComposite", """
                    @Table
                    record GeneratedComposite(@Id(generated = true) long a, //!
                                              @Id long b) {
                    }
                    """, "@Id(generated = true) needs a single-column primary key, but table 'generated_composite' "
                    + "has the composite key (a, b); remove generated = true"),
            of("NotATarget", """
                    @Table
                    record NotATarget(@Id long id,
                                      @References(Plain.class) long plainId) { //!
                    }

                    record Plain(long id) {
                    }
                    """, "@References(Plain.class) on 'plainId' points at bad.Plain, which is not a @Table record; "
                    + "point it at a record annotated with @dev.quarry.annotation.Table"),
            of("CompositeTarget", """
                    @Table
                    record CompositeTarget(@Id long id,
                                           @References(Pair.class) long pairId) { //!
                        @Table
                        record Pair(@Id long left, @Id long right) {
                        }
                    }
                    """, "@References(Pair.class) on 'pairId' cannot choose a column: table 'pair' has the "
                    + "composite primary key (left, right); name the referenced column with "
                    + "@References(value = Pair.class, column = \"...\")"),
            of("TextPointingAtNumber", """
                    @Table
                    record TextPointingAtNumber(@Id long id,
                                                @References(Owner.class) String ownerId) { //!
                        @Table
                        record Owner(@Id long id) {
                        }
                    }
                    """, "@References(Owner.class) on 'ownerId' is a java.lang.String column pointing at 'owner.id', "
                    + "a long column; a foreign key must have the type of the column it references"),
            of("IntPointingAtLong", """
                    @Table
                    record IntPointingAtLong(@Id long id,
                                             @References(Boss.class) @Nullable Integer bossId) { //!
                        @Table
                        record Boss(@Id long id) {
                        }
                    }
                    """, "@References(Boss.class) on 'bossId' is a java.lang.Integer column pointing at 'boss.id', "
                    + "a long column; a foreign key must have the type of the column it references"),
            of("DecimalOfOtherScale", """
                    @Table
                    record DecimalOfOtherScale(@Id long id,
                                               @References(value = Price.class, column = "amount") //!
                                               @Column(precision = 10, scale = 2) java.math.BigDecimal amount) {
                        @Table
                        record Price(@Id long id, @Unique @Column(precision = 10, scale = 4) java.math.BigDecimal amount) {
                        }
                    }
                    """, "@References(Price.class) on 'amount' is a java.math.BigDecimal(10, 2) column pointing at "
                    + "'price.amount', a java.math.BigDecimal(10, 4) column; a foreign key must have the type of the "
                    + "column it references"),
            of("UnknownTargetColumn", """
                    @Table
                    record UnknownTargetColumn(@Id long id,
                                               @References(value = Pair2.class, column = "middle") long p) { //!
                        @Table
                        record Pair2(@Id long left, @Id long right) {
                        }
                    }
                    """, "@References(Pair2.class) on 'p' names column 'middle', which table 'pair2' does not "
                    + "have; its columns are: left, right"),
            of("SetNullOnNotNull", """
                    @Table
                    record SetNullOnNotNull(@Id long id,
                                            @References(value = SetNullOnNotNull.class, onDelete = ReferentialAction.SET_NULL) long parent) { //!
                    }
                    """, "@References(onDelete = SET_NULL) on 'parent' needs a nullable column; mark the component "
                    + "@Nullable, or choose another onDelete"),
            of("UnknownIndexColumn", """
                    @Table
                    @Index(columns = "userId") //!
                    record UnknownIndexColumn(@Id long id, long userId) {
                    }
                    """, "@Index names column 'userId', which table 'unknown_index_column' does not have; "
                    + "@Index.columns takes database column names: id, user_id"),
            of("IndexWithoutColumns", """
                    @Table
                    @Index(name = "nothing") //!
                    record IndexWithoutColumns(@Id long id) {
                    }
                    """, "@Index on record IndexWithoutColumns needs columns = {\"...\"}, the database names of "
                    + "the indexed columns of table 'index_without_columns'"),
            of("LongColumnName", """
                    @Table
                    record LongColumnName(@Id long id,
                                          @Column(name = "c0123456789012345678901234567890123456789012345678901234567890123") long c) { //!
                    }
                    """, "column name 'c0123456789012345678901234567890123456789012345678901234567890123' is "
                    + "longer than 63 bytes; set a valid name with @Column(name = \"...\")"),
            of("NullableKey", """
                    @Table
                    record NullableKey(@Id @Nullable Long id) { //!
                    }
                    """, "component 'id' is part of the primary key, which cannot be NULL; remove @Nullable"),
            of("LengthOnNumber", """
                    @Table
                    record LengthOnNumber(@Id long id,
                                          @Column(length = 10) int count) { //!
                    }
                    """, "@Column(length = 10) applies only to String components, but 'count' is int; remove "
                    + "length"),
            of("BadDecimal", """
                    @Table
                    record BadDecimal(@Id long id,
                                      @Column(precision = 4, scale = 6) java.math.BigDecimal price) { //!
                    }
                    """, "@Column on 'price' has an invalid size: decimal needs 1 <= precision and 0 <= scale <= "
                    + "precision, was (4, 6); fix the length, precision or scale"),
            of("SameConstraint", """
                    @Table
                    record SameConstraint(@Id long id,
                                          @Unique(name = "one") String a,
                                          @Index(name = "one") String b) { //!
                    }
                    """, "table 'same_constraint' has two constraints named 'one'; give one of them another name "
                    + "with @Index(name = \"...\")"),
            of("Generic", """
                    @Table
                    record Generic<T>(@Id long id) { //!
                    }
                    """, "@Table record Generic has type parameters; a column needs a concrete type, so remove them"),
            of("Def", """
                    @Table
                    record Def(@Id long id) { //!
                    }
                    """, "record Def would get the singleton DefTable.DEF, which is taken by the table definition; "
                    + "rename the record"),
            of("Holder", """
                    class Holder {
                        @Table
                        private record Hidden(@Id long id) { //!
                        }
                    }
                    """, "@Table record Hidden is private or nested in a private type; make it at least "
                    + "package-private so that the generated Holder_HiddenTable can see it"),
            of("BadDefault", """
                    @Table
                    record BadDefault(@Id long id,
                                      @Default("twelve") int quantity) { //!
                    }
                    """, "@Default(\"twelve\") of 'bad_default.quantity' is not a valid INT: For input string: "
                    + "\"twelve\""),
            of("LongDefault", """
                    @Table
                    record LongDefault(@Id long id,
                                       @Column(length = 3) @Default("abcd") String code) { //!
                    }
                    """, "@Default(\"abcd\") of 'long_default.code' is not a valid STRING(3): longer than 3 "
                    + "characters"),
            of("EnumDefault", """
                    @Table
                    record EnumDefault(@Id long id,
                                       @Default("PURPLE") Light light) { //!
                        enum Light { RED, GREEN }
                    }
                    """, "@Default(\"PURPLE\") of 'enum_default.light' is not a valid ENUM: no such constant of "
                    + "bad.EnumDefault.Light (it has RED, GREEN)"),
            of("Unresolved", """
                    @Table
                    record Unresolved(@Id long id, Missing missing) { //!
                    }
                    """, "Quarry cannot generate UnresolvedTable: the type of 'missing' (Missing) does not "
                    + "resolve to a type; fix that first"));
}
