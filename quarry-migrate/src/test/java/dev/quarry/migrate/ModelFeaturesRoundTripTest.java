package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.annotation.Default;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.SqlType;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.List;

/**
 * The round trip for what the annotations rarely reach and the model can say: a default of every type (quotes and
 * backslashes in text, negative numbers, the current time of every temporal type, fixed dates and instants, an SQL
 * expression), a native type, a composite key, a composite foreign key onto a composite unique constraint with
 * different ON DELETE and ON UPDATE actions, a unique index beside unique constraints, multi-column indexes, indexed
 * text and bytes without a length, check constraints and a generated key. Created with the database's DDL
 * ({@code db.platform().ddl()}); read back equal on every database.
 */
class ModelFeaturesRoundTripTest {
    enum Mood { HAPPY, SAD }

    static final TableDef PARENT = TableDef.builder("mf_parent")
            .column(new ColumnDef("id", DataType.LONG, false, null, true))
            .column("code", DataType.STRING)
            .column("region", DataType.INT)
            .primaryKey("id")
            .unique("mf_parent_code_region_key", "code", "region")
            .build();

    /** The child table: the native type and SET DEFAULT differ per database (MariaDB refuses SET DEFAULT). */
    static TableDef child(TestTarget target) {
        String nativeType = switch (target) {
            case SQLITE -> "VARCHAR(20)";
            case POSTGRES -> "inet";
            case MARIADB -> "mediumint(9)";
        };
        TableDef.Builder b = TableDef.builder("mf_child")
                .column("a", DataType.LONG)
                .column("b", DataType.INT)
                .column(withDefault("flag", DataType.BOOLEAN, "true"))
                .column(withDefault("small", DataType.SHORT, "-3"))
                .column(withDefault("medium", DataType.INT, "42"))
                .column(withDefault("big", DataType.LONG, "9007199254740993"))
                .column(withDefault("real", DataType.FLOAT, "1.5"))
                .column(withDefault("dbl", DataType.DOUBLE, "-2.25"))
                .column(withDefault("amount", DataType.decimal(10, 2), "1.5"))
                .column(withDefault("note", DataType.STRING, "it's a \\ test"))
                .column(withDefault("code", DataType.string(16), "A"))
                .column(withDefault("uid", DataType.UUID, "0f8fad5b-d9cb-469f-a165-70867728950e"))
                .column(withDefault("doc", DataType.JSON, "{\"a\": 1}"))
                .column(withDefault("mood", DataType.enumOf(Mood.class), "HAPPY"))
                .column(withDefault("at", DataType.INSTANT, Default.NOW))
                .column(withDefault("day", DataType.LOCAL_DATE, Default.NOW))
                .column(withDefault("ldt", DataType.LOCAL_DATE_TIME, Default.NOW))
                .column(withDefault("lt", DataType.LOCAL_TIME, Default.NOW))
                .column(withDefault("odt", DataType.OFFSET_DATE_TIME, Default.NOW))
                .column(withDefault("fixed_day", DataType.LOCAL_DATE, "2024-01-31"))
                .column(withDefault("fixed_at", DataType.INSTANT, "2024-01-31T10:15:30.5Z"))
                .column(withDefault("fixed_ldt", DataType.LOCAL_DATE_TIME, "2024-01-31T10:15:30"))
                .column(withDefault("fixed_lt", DataType.LOCAL_TIME, "10:15:30.25"))
                .column(withDefault("fixed_odt", DataType.OFFSET_DATE_TIME, "2024-01-31T10:15:30+02:00"))
                .column(new ColumnDef("computed", DataType.INT, true, null, false, "abs(7)"))
                .nullableColumn("native", DataType.ofNative(nativeType))
                .nullableColumn("bytes", DataType.BYTES)
                .nullableColumn("parent_code", DataType.STRING)
                .nullableColumn("parent_region", DataType.INT)
                .nullableColumn("parent_id", DataType.LONG)
                .primaryKey("a", "b")
                .unique("mf_child_code_key", "code")
                .uniqueIndex("mf_child_code_medium_idx", "code", "medium")
                .index("mf_child_day_ldt_idx", "day", "ldt")
                .index("mf_child_note_idx", "note")
                .index("mf_child_bytes_idx", "bytes")
                .foreignKey("mf_child_parent_fkey", List.of("parent_code", "parent_region"), "mf_parent",
                        List.of("code", "region"), ReferentialAction.SET_NULL, ReferentialAction.CASCADE)
                .foreignKey("mf_child_parent_id_fkey", List.of("parent_id"), "mf_parent", List.of("id"),
                        ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION)
                .check("mf_child_medium_check", "medium >= 0")
                .check("mf_child_small_check", "small < 100");
        if (target != TestTarget.MARIADB) {
            b.nullableColumn("fallback_id", DataType.LONG)
                    .foreignKey("mf_child_fallback_fkey", List.of("fallback_id"), "mf_parent", List.of("id"),
                            ReferentialAction.SET_DEFAULT, ReferentialAction.RESTRICT);
        }
        return b.build();
    }

    private static ColumnDef withDefault(String name, DataType<?> type, String value) {
        return new ColumnDef(name, type, false, value, false);
    }

    /** The class's shared handle, with both tables created (once per class and database). */
    private static Quarry created(TestDb t) {
        Quarry db = t.db();
        if (SchemaIntrospection.table(db, PARENT.name()).isEmpty()) {
            RoundTrip.create(db, PARENT, child(t.target()));
        }
        return db;
    }

    @AllDatabases
    void everyPartOfTheModelReadsBackAsItWasDeclared(TestDb t) {
        Quarry db = created(t);
        TableDef child = child(t.target());

        SchemaSnapshot live = RoundTrip.assertReadBackAsDeclared(db, PARENT, child);

        TableDef read = live.table("mf_child").orElseThrow();
        assertThat(read.column("native").type().kind()).isEqualTo(SqlType.NATIVE);
        assertThat(read.column("computed").defaultExpression()).isEqualToIgnoringCase("abs(7)");
        assertThat(read.foreignKeys()).filteredOn(f -> f.name().equals("mf_child_parent_fkey")).singleElement()
                .satisfies(f -> {
                    assertThat(f.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
                    assertThat(f.onUpdate()).isEqualTo(ReferentialAction.CASCADE);
                });
    }

    @AllDatabases
    void whatIsReadBackCreatesTheSameTableAgain(TestDb t) {
        Quarry db = created(t);
        TableDef read = SchemaIntrospection.table(db, "mf_child").orElseThrow();

        TableDef copy = renamed(read, "mf_copy");
        RoundTrip.create(db, copy);

        TableDef readCopy = SchemaIntrospection.table(db, "mf_copy").orElseThrow();
        assertThat(SchemaComparison.differences(copy, readCopy)).isEmpty();
    }

    /** {@code t} as table {@code name}, its index, foreign-key and check names prefixed so that they are free. */
    private static TableDef renamed(TableDef t, String name) {
        return new TableDef(name, t.columns(), t.primaryKey(),
                t.indexes().stream().map(i -> new IndexDef("c_" + i.name(), i.columns(), i.unique(),
                        i.constraint())).toList(),
                t.foreignKeys().stream().map(f -> new ForeignKeyDef("c_" + f.name(), f.columns(),
                        f.refTable(), f.refColumns(), f.onDelete(), f.onUpdate())).toList(),
                t.checks().stream().map(c -> new CheckDef("c_" + c.name(), c.expression())).toList());
    }
}
