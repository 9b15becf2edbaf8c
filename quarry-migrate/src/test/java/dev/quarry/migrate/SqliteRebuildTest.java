package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What SQLite's table rebuild must keep besides the rows: the children of a parent whose foreign keys cascade
 * (Drizzle lost them, drizzle-orm #4938), views over the table, triggers of other tables that read it, and the
 * AUTOINCREMENT counter, so keys of deleted rows are still never reused; and foreign-key enforcement back on after.
 */
class SqliteRebuildTest {

    private static TableDef parent(boolean nullableName) {
        TableDef.Builder b = TableDef.builder("rb_parent")
                .column(new ColumnDef("id", DataType.LONG, false, null, true));
        if (nullableName) {
            b.nullableColumn("name", DataType.string(20));
        } else {
            b.column("name", DataType.string(20));
        }
        return b.primaryKey("id").build();
    }

    private static final TableDef CHILD = TableDef.builder("rb_child")
            .column("id", DataType.LONG)
            .column("parent_id", DataType.LONG)
            .primaryKey("id")
            .foreignKey("rb_child_parent_fk", List.of("parent_id"), "rb_parent", List.of("id"),
                    ReferentialAction.CASCADE)
            .build();

    private static final TableDef LOG = TableDef.builder("rb_log")
            .column("id", DataType.LONG).nullableColumn("n", DataType.LONG).primaryKey("id").build();

    @OnDatabases(TestTarget.SQLITE)
    void aRebuiltParentKeepsChildrenViewsTriggersAndItsKeyCounter(TestDb t) throws SQLException {
        Quarry db = t.db();
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
        LiveMigration.apply(db, List.of(parent(false), CHILD), Renames.none(), DataLoss.REFUSE);
        try (Connection c = t.jdbc(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO rb_parent (name) VALUES ('a'), ('b'), ('c')");
            s.execute("DELETE FROM rb_parent WHERE id = 3"); // the counter stays at 3
            s.execute("INSERT INTO rb_child (id, parent_id) VALUES (10, 1), (11, 2)");
            s.execute("CREATE VIEW IF NOT EXISTS rb_names AS SELECT p.name, c.id FROM rb_parent p JOIN rb_child c"
                    + " ON c.parent_id = p.id");
            s.execute("CREATE TABLE rb_log (id INTEGER PRIMARY KEY, n INTEGER)");
            s.execute("CREATE TRIGGER rb_child_added AFTER INSERT ON rb_child BEGIN"
                    + " INSERT INTO rb_log (n) SELECT count(*) FROM rb_parent; END");
        }

        MigrationScript script = LiveMigration.script(db, List.of(parent(true), CHILD, LOG), Renames.none());
        assertThat(script.steps()).extracting(s -> (Object) s.change().getClass())
                .containsExactly(SchemaChange.RebuildTable.class);
        ScriptRunner.run(db, script);

        try (Connection c = t.jdbc(); Statement s = c.createStatement()) {
            assertThat(query(s, "SELECT count(*) FROM rb_child")).isEqualTo("2");
            assertThat(query(s, "SELECT group_concat(name) FROM (SELECT name FROM rb_names ORDER BY id)"))
                    .isEqualTo("a,b");
            s.execute("INSERT INTO rb_parent (name) VALUES (NULL)");
            assertThat(query(s, "SELECT max(id) FROM rb_parent")).as("a deleted key is not reused").isEqualTo("4");
            s.execute("INSERT INTO rb_child (id, parent_id) VALUES (12, 4)");
            assertThat(query(s, "SELECT n FROM rb_log")).as("the trigger of another table still runs").isEqualTo("3");
        }
        RoundTrip.assertReadBackAsDeclared(db, parent(true), CHILD, LOG);
        db.withConnection(dev.quarry.ConnectionAccess.WRITE, c -> {
            try (Statement s = c.createStatement()) {
                assertThat(query(s, "PRAGMA foreign_keys")).as("enforcement is back on").isEqualTo("1");
            }
            return null;
        });
    }

    @OnDatabases(TestTarget.SQLITE)
    void aRebuildThatWouldBreakAReferenceIsRolledBack(TestDb t) throws SQLException {
        Quarry db = t.db();
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
        LiveMigration.apply(db, List.of(parent(false), CHILD), Renames.none(), DataLoss.REFUSE);
        try (Connection c = t.jdbc(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO rb_parent (id, name) VALUES (1, 'a')");
            s.execute("INSERT INTO rb_child (id, parent_id) VALUES (10, 1)");
        }
        // a rebuild whose copy leaves the child's parent out: the foreign-key check before the commit refuses it
        SchemaChange.RebuildTable dropRows = new SchemaChange.RebuildTable(parent(false), parent(true),
                java.util.Map.of());
        MigrationScript script = new MigrationScript(List.of(new MigrationScript.Step(dropRows, List.of(
                "PRAGMA legacy_alter_table = ON",
                "CREATE TABLE quarry_rebuild_rb_parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)",
                "DROP TABLE rb_parent",
                "ALTER TABLE quarry_rebuild_rb_parent RENAME TO rb_parent",
                "PRAGMA legacy_alter_table = OFF"))), db.platform().ddl().rebuildGuard());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScriptRunner.run(db, script))
                .isInstanceOf(dev.quarry.error.QuarryException.class)
                .hasMessageContaining("rb_child")
                .hasMessageContaining("rolled back");
        try (Connection c = t.jdbc(); Statement s = c.createStatement()) {
            assertThat(query(s, "SELECT name FROM rb_parent")).isEqualTo("a");
        }
        RoundTrip.assertReadBackAsDeclared(db, parent(false), CHILD);
    }

    @OnDatabases(TestTarget.SQLITE)
    void aRebuiltTableKeepsItsOwnTriggers(TestDb t) throws SQLException {
        Quarry db = t.db();
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
        LiveMigration.apply(db, List.of(parent(false), LOG), Renames.none(), DataLoss.REFUSE);
        try (Connection c = t.jdbc(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER rb_parent_added AFTER INSERT ON rb_parent BEGIN"
                    + " INSERT INTO rb_log (n) VALUES (new.id); END");
        }

        LiveMigration.apply(db, List.of(parent(true), LOG), Renames.none(), DataLoss.REFUSE);
        RoundTrip.assertReadBackAsDeclared(db, parent(true), LOG);
        try (Connection c = t.jdbc(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO rb_parent (name) VALUES (NULL)");
            assertThat(query(s, "SELECT count(*) FROM rb_log")).as("the trigger survived the rebuild").isEqualTo("1");
            s.execute("DROP TRIGGER rb_parent_added");
        }
    }

    private static String query(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
