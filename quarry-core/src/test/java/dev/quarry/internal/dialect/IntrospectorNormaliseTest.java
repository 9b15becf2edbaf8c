package dev.quarry.internal.dialect;

import static dev.quarry.internal.dialect.TestDialects.MARIADB;
import static dev.quarry.internal.dialect.TestDialects.POSTGRES;
import static dev.quarry.internal.dialect.TestDialects.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.annotation.Default;
import dev.quarry.fixtures.AllTypesTable;
import dev.quarry.internal.dialect.mariadb.MariaDbDialect;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Introspector.normalise}: a declared table as each database reads it back, without a database. The round
 * trip on live databases is in quarry-migrate; this pins the rules one by one.
 */
class IntrospectorNormaliseTest {

    private static DataType<?> typeOf(Dialect d, String column) {
        return d.introspector().normalise(AllTypesTable.DEF).column(column).type();
    }

    private static ColumnDef withDefault(Dialect d, DataType<?> type, String value) {
        TableDef t = TableDef.builder("d").column("id", DataType.INT)
                .column(new ColumnDef("v", type, true, value, false)).primaryKey("id").build();
        return d.introspector().normalise(t).column("v");
    }

    @Test
    void sqliteKeepsFiveStorageTypes() {
        assertThat(List.of("flag", "small", "medium", "big")).allSatisfy(c ->
                assertThat(typeOf(SQLITE, c)).isEqualTo(DataType.LONG));
        assertThat(typeOf(SQLITE, "real")).isEqualTo(DataType.DOUBLE);
        assertThat(typeOf(SQLITE, "amount")).isEqualTo(DataType.ofNative("NUMERIC"));
        assertThat(typeOf(SQLITE, "bytes")).isEqualTo(DataType.BYTES);
        assertThat(List.of("text", "code", "uuid", "json", "mood", "instant", "date", "date_time", "time",
                "offset_date_time")).allSatisfy(c -> assertThat(typeOf(SQLITE, c)).isEqualTo(DataType.STRING));
    }

    @Test
    void postgresReadsEnumsAsTextAndOffsetDateTimesAsInstants() {
        assertThat(typeOf(POSTGRES, "mood")).isEqualTo(DataType.STRING);
        assertThat(typeOf(POSTGRES, "offset_date_time")).isEqualTo(DataType.INSTANT);
        assertThat(typeOf(POSTGRES, "code")).isEqualTo(DataType.string(AllTypesTable.CODE_LENGTH));
        assertThat(typeOf(POSTGRES, "real")).isEqualTo(DataType.FLOAT);
    }

    @Test
    void mariaDbBoundsKeyedTextWidensFloatsAndStoresInstantsAsDatetimes() {
        TableDef t = TableDef.builder("k").column("id", DataType.STRING).column("free", DataType.STRING)
                .column("f", DataType.FLOAT).column("at", DataType.INSTANT).column("tag", DataType.STRING)
                .primaryKey("id").uniqueIndex("k_tag_idx", "tag").build();
        TableDef n = MARIADB.introspector().normalise(t);
        assertThat(n.column("id").type()).as("keyed text").isEqualTo(DataType.string(255));
        assertThat(n.column("tag").type()).as("indexed text").isEqualTo(DataType.string(255));
        assertThat(n.column("free").type()).isEqualTo(DataType.STRING);
        assertThat(n.column("f").type()).isEqualTo(DataType.DOUBLE);
        assertThat(n.column("at").type()).isEqualTo(DataType.LOCAL_DATE_TIME);
        assertThat(n.indexes()).containsExactly(new IndexDef("k_tag_idx", List.of("tag"), true, true));
        assertThat(SQLITE.introspector().normalise(t).indexes()).containsExactly(
                IndexDef.uniqueIndex("k_tag_idx", List.of("tag")));
    }

    @Test
    void defaultsTakeTheFormTheyAreReadIn() {
        assertThat(withDefault(SQLITE, DataType.BOOLEAN, "true").defaultValue()).isEqualTo("1");
        assertThat(withDefault(POSTGRES, DataType.BOOLEAN, "true").defaultValue()).isEqualTo("true");
        assertThat(withDefault(MARIADB, DataType.decimal(10, 2), "1.5").defaultValue()).isEqualTo("1.50");
        assertThat(withDefault(SQLITE, DataType.decimal(10, 2), "1.5").defaultExpression()).isEqualTo("1.5");
        assertThat(withDefault(POSTGRES, DataType.DOUBLE, "1.50E1").defaultValue()).isEqualTo("15");
        assertThat(withDefault(SQLITE, DataType.LOCAL_DATE_TIME, "2024-01-31T10:15").defaultValue())
                .isEqualTo("2024-01-31 10:15:00");
        assertThat(withDefault(POSTGRES, DataType.OFFSET_DATE_TIME, "2024-01-31T10:15:30+02:00").defaultValue())
                .isEqualTo("2024-01-31T08:15:30Z");
        assertThat(withDefault(MARIADB, DataType.INSTANT, "2024-01-31T10:15:30Z").defaultValue())
                .isEqualTo("2024-01-31T10:15:30");
        assertThat(withDefault(MARIADB, DataType.STRING, "a\\b'c").defaultValue()).isEqualTo("a\\b'c");
        Dialect noBackslash = new MariaDbDialect(new int[]{10, 11, 6}, true);
        assertThat(withDefault(noBackslash, DataType.STRING, "a\\b'c").defaultValue()).isEqualTo("a\\b'c");
    }

    @Test
    void nowStaysNowWhereTheColumnKeepsItsTemporalTypeAndIsAnExpressionElsewhere() {
        assertThat(withDefault(POSTGRES, DataType.OFFSET_DATE_TIME, Default.NOW).defaultValue()).isEqualTo(Default.NOW);
        assertThat(withDefault(MARIADB, DataType.LOCAL_DATE, Default.NOW).defaultValue()).isEqualTo(Default.NOW);
        assertThat(withDefault(MARIADB, DataType.INSTANT, Default.NOW).defaultExpression())
                .as("a DATETIME(6) whose current time is UTC's").isEqualTo("utc_timestamp(6)");
        assertThat(withDefault(SQLITE, DataType.LOCAL_DATE, Default.NOW).defaultExpression())
                .isEqualTo("date('now', 'localtime')");
        assertThat(withDefault(SQLITE, DataType.STRING, Default.NOW).defaultValue())
                .as("on a text column NOW is text").isEqualTo("CURRENT_TIMESTAMP");
    }

    @Test
    void aTableWithoutDefaultsOrChangedTypesIsItself() {
        TableDef t = TableDef.builder("plain").column("id", DataType.LONG).nullableColumn("n", DataType.LONG)
                .primaryKey("id").index("plain_n_idx", "n").check("plain_n_check", "n > 0").build();
        assertThat(List.of(SQLITE, POSTGRES, MARIADB)).allSatisfy(d ->
                assertThat(d.introspector().normalise(t)).isEqualTo(t));
    }
}
