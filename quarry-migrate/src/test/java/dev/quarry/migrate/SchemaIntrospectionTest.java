package dev.quarry.migrate;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarry.Quarry;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.schema.CheckDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Reading tables Quarry did not create (hand-written SQL: default names, native types, a unique index beside a
 * unique constraint), what is not a table, a table the model cannot hold, and drift from a declared table.
 */
class SchemaIntrospectionTest {

    private static void sql(TestDb t, String... statements) throws SQLException {
        try (Statement s = t.jdbc().createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @AllDatabases
    void aHandWrittenTableIsReadWithTheNamesAndTypesItsDatabaseGave(TestDb t) throws SQLException {
        Quarry db = t.db();
        sql(t, "CREATE TABLE hw_parent (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20) NOT NULL,"
                        + " CONSTRAINT hw_parent_name_key UNIQUE (name))",
                "CREATE UNIQUE INDEX hw_parent_name_id_uidx ON hw_parent (name, id)",
                "CREATE TABLE hw_child (id INTEGER NOT NULL PRIMARY KEY,"
                        + " parent_id INTEGER REFERENCES hw_parent (id) ON DELETE CASCADE,"
                        + " qty INTEGER DEFAULT 1 CHECK (qty > 0))");
        try {
            TableDef parent = SchemaIntrospection.table(db, "hw_parent").orElseThrow();
            TableDef child = SchemaIntrospection.table(db, "hw_child").orElseThrow();

            assertThat(parent.primaryKey()).containsExactly("id");
            assertThat(child.column("qty").defaultValue()).isEqualTo("1");
            assertThat(child.column("parent_id").nullable()).isTrue();
            assertThat(child.foreignKeys()).extracting(ForeignKeyDef::columns, ForeignKeyDef::refTable,
                    ForeignKeyDef::refColumns, ForeignKeyDef::onDelete)
                    .containsExactly(tuple(List.of("parent_id"), "hw_parent", List.of("id"),
                            ReferentialAction.CASCADE));
            switch (t.target()) {
                case SQLITE -> {
                    // declared types are kept as written; unnamed constraints get PostgreSQL's names
                    assertThat(parent.column("id").type()).isEqualTo(DataType.LONG);
                    assertThat(parent.column("name").type()).isEqualTo(DataType.ofNative("VARCHAR(20)"));
                    assertThat(parent.indexes()).containsExactlyInAnyOrder(
                            new IndexDef("hw_parent_name_key", List.of("name"), true, true),
                            IndexDef.uniqueIndex("hw_parent_name_id_uidx", List.of("name", "id")));
                    assertThat(child.foreignKeys().get(0).name()).isEqualTo("hw_child_parent_id_fkey");
                    assertThat(child.checks()).containsExactly(new CheckDef("hw_child_qty_check", "qty > 0"));
                }
                case POSTGRES -> {
                    assertThat(parent.column("id").type()).isEqualTo(DataType.INT);
                    assertThat(parent.column("name").type()).isEqualTo(DataType.string(20));
                    assertThat(parent.indexes()).containsExactlyInAnyOrder(
                            new IndexDef("hw_parent_name_key", List.of("name"), true, true),
                            IndexDef.uniqueIndex("hw_parent_name_id_uidx", List.of("name", "id")));
                    assertThat(child.foreignKeys().get(0).name()).isEqualTo("hw_child_parent_id_fkey");
                    assertThat(child.checks()).containsExactly(new CheckDef("hw_child_qty_check", "qty > 0"));
                }
                case MARIADB -> {
                    // MariaDB keeps no difference between a unique index and a unique constraint; it names an
                    // unnamed foreign key <table>_ibfk_<n> and a column's check after the column
                    assertThat(parent.column("id").type()).isEqualTo(DataType.INT);
                    assertThat(parent.column("name").type()).isEqualTo(DataType.string(20));
                    assertThat(parent.indexes()).containsExactlyInAnyOrder(
                            new IndexDef("hw_parent_name_key", List.of("name"), true, true),
                            new IndexDef("hw_parent_name_id_uidx", List.of("name", "id"), true, true));
                    assertThat(child.foreignKeys().get(0).name()).isEqualTo("hw_child_ibfk_1");
                    assertThat(child.checks()).containsExactly(new CheckDef("qty", "`qty` > 0"));
                }
            }
        } finally {
            sql(t, "DROP TABLE hw_child", "DROP TABLE hw_parent");
        }
    }

    @AllDatabases
    void aTypeQuarryDoesNotWriteIsKeptNative(TestDb t) throws SQLException {
        Quarry db = t.db();
        String type = switch (t.target()) {
            case SQLITE -> "DATETIME";
            case POSTGRES -> "timestamp(3) without time zone";
            case MARIADB -> "datetime(3)";
        };
        sql(t, "CREATE TABLE hw_native (id BIGINT NOT NULL PRIMARY KEY, at " + type + ")");
        try {
            TableDef read = SchemaIntrospection.table(db, "hw_native").orElseThrow();
            assertThat(read.column("at").type()).isEqualTo(DataType.ofNative(type));
            assertThat(read.column("id").type())
                    .as("SQLite keeps BIGINT as declared; the servers read it as the LONG Quarry writes")
                    .isEqualTo(t.is(TestTarget.SQLITE) ? DataType.ofNative("BIGINT") : DataType.LONG);
        } finally {
            sql(t, "DROP TABLE hw_native");
        }
    }

    @AllDatabases
    void computedColumnsAndIndexesOnExpressionsPartsOrPrefixesAreLeftOut(TestDb t) throws SQLException {
        Quarry db = t.db();
        sql(t, "CREATE TABLE hw_left_out (id INTEGER NOT NULL PRIMARY KEY, a INTEGER, s VARCHAR(40),"
                + " b INTEGER GENERATED ALWAYS AS (a * 2) " + (t.is(TestTarget.POSTGRES) ? "STORED" : "VIRTUAL") + ")");
        if (t.is(TestTarget.MARIADB)) {
            sql(t, "CREATE INDEX hw_left_out_prefix_idx ON hw_left_out (s(10))");
        } else {
            sql(t, "CREATE INDEX hw_left_out_expr_idx ON hw_left_out ((a + 1))",
                    "CREATE INDEX hw_left_out_partial_idx ON hw_left_out (a) WHERE a > 0");
        }
        try {
            TableDef read = SchemaIntrospection.table(db, "hw_left_out").orElseThrow();
            assertThat(read.columns()).extracting(c -> c.name()).containsExactly("id", "a", "s");
            assertThat(read.indexes()).isEmpty();
        } finally {
            sql(t, "DROP TABLE hw_left_out");
        }
    }

    @AllDatabases
    void anUnknownTableAViewOrAnotherCaseIsNoTable(TestDb t) throws SQLException {
        Quarry db = t.use(ARTIST);
        sql(t, "CREATE VIEW artist_names AS SELECT name FROM " + db.quote("artist"));
        try {
            assertThat(SchemaIntrospection.table(db, "no_such_table")).isEmpty();
            assertThat(SchemaIntrospection.table(db, "artist_names")).as("a view").isEmpty();
            assertThat(SchemaIntrospection.table(db, "ARTIST")).as("names match exactly").isEmpty();
            assertThat(SchemaIntrospection.table(db, "artist")).isPresent();
            assertThat(SchemaIntrospection.snapshot(db).tableNames()).doesNotContain("artist_names");
        } finally {
            sql(t, "DROP VIEW artist_names");
        }
    }

    @AllDatabases
    void aTableWithoutAPrimaryKeyIsRefusedByName(TestDb t) throws SQLException {
        Quarry db = t.db();
        sql(t, "CREATE TABLE hw_no_key (a INTEGER)");
        try {
            assertThatThrownBy(() -> SchemaIntrospection.table(db, "hw_no_key"))
                    .isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessageContaining("'hw_no_key' has no primary key");
            assertThatThrownBy(() -> SchemaIntrospection.snapshot(db)).isInstanceOf(UnsupportedFeatureException.class);
        } finally {
            sql(t, "DROP TABLE hw_no_key");
        }
    }

    @AllDatabases
    void aChangeMadeByHandIsADifference(TestDb t) throws SQLException {
        Quarry db = t.use(ARTIST, ALBUM);
        sql(t, "ALTER TABLE album ADD COLUMN extra INTEGER", "CREATE INDEX album_title_idx ON album (title)");
        try {
            TableDef live = SchemaIntrospection.table(db, "album").orElseThrow();
            assertThat(SchemaComparison.differences(db.platform().introspector(), ALBUM.def(), live))
                    .containsExactly(
                            "table 'album': column 'extra' is not expected",
                            "table 'album': index 'album_title_idx' is not expected (index [title])");
        } finally {
            sql(t, "DROP TABLE album");
            t.forget(ALBUM);
        }
    }
}
