package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDef;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema evolving through nine versions with rows in every table at every step, on each database: add a column
 * with a default, make a column nullable, widen types, add and drop an index, add a column with a foreign key,
 * rename a column, split a table, drop a column. After each step the database reads back as declared, a second diff
 * is empty, every row is still there (the invoices too, whose foreign key cascades on delete from the customers
 * SQLite rebuilds), and going back down to the previous version and up again works.
 */
class SchemaEvolutionTest {

    private static final TableDef.Builder customerV1() {
        return TableDef.builder("ev_customer")
                .column("id", DataType.LONG)
                .column("name", DataType.string(40))
                .primaryKey("id");
    }

    private static TableDef invoice(boolean totalIndex, boolean referrer, boolean wideTotal) {
        TableDef.Builder b = TableDef.builder("ev_invoice")
                .column("id", DataType.LONG)
                .column("customer_id", DataType.LONG)
                .column("total", wideTotal ? DataType.decimal(12, 2) : DataType.decimal(10, 2))
                .nullableColumn("note", DataType.string(100));
        if (referrer) {
            b.nullableColumn("referrer_id", DataType.LONG);
        }
        b.primaryKey("id")
                .foreignKey("ev_invoice_customer_fk", List.of("customer_id"), "ev_customer", List.of("id"),
                        ReferentialAction.CASCADE);
        if (referrer) {
            b.foreignKey("ev_invoice_referrer_fk", List.of("referrer_id"), "ev_customer", List.of("id"),
                    ReferentialAction.SET_NULL);
        }
        if (totalIndex) {
            b.index("ev_invoice_total_idx", "total");
        }
        return b.build();
    }

    private static TableDef customer(String nameColumn, boolean nameNullable, int emailLength, boolean email) {
        TableDef.Builder b = TableDef.builder("ev_customer").column("id", DataType.LONG);
        if (nameNullable) {
            b.nullableColumn(nameColumn, DataType.string(40));
        } else {
            b.column(nameColumn, DataType.string(40));
        }
        if (email) {
            b.column(new dev.quarry.schema.ColumnDef("email", DataType.string(emailLength), false, "none", false));
        }
        return b.primaryKey("id").build();
    }

    private static final TableDef CONTACT = TableDef.builder("ev_contact")
            .column("id", DataType.LONG)
            .column("customer_id", DataType.LONG)
            .column("email", DataType.string(120))
            .primaryKey("id")
            .foreignKey("ev_contact_customer_fk", List.of("customer_id"), "ev_customer", List.of("id"),
                    ReferentialAction.CASCADE)
            .build();

    /** The versions, each with the renames that lead to it from the one before. */
    private record Version(String what, List<TableDef> tables, Renames renames) {
    }

    private static List<Version> versions() {
        Renames none = Renames.none();
        return List.of(
                new Version("v1: two tables", List.of(customerV1().build(), invoice(false, false, false)), none),
                new Version("v2: add a column with a default",
                        List.of(customer("name", false, 80, true), invoice(false, false, false)), none),
                new Version("v3: make a column nullable",
                        List.of(customer("name", true, 80, true), invoice(false, false, false)), none),
                new Version("v4: widen two types",
                        List.of(customer("name", true, 120, true), invoice(false, false, true)), none),
                new Version("v5: add an index",
                        List.of(customer("name", true, 120, true), invoice(true, false, true)), none),
                new Version("v6: drop the index, add a column with a foreign key",
                        List.of(customer("name", true, 120, true), invoice(false, true, true)), none),
                new Version("v7: rename a column",
                        List.of(customer("full_name", true, 120, true), invoice(false, true, true)),
                        Renames.builder().column("ev_customer", "full_name", "name").build()),
                new Version("v8: split the emails into a table of their own",
                        List.of(customer("full_name", true, 120, true), invoice(false, true, true), CONTACT), none),
                new Version("v9: drop the column that moved",
                        List.of(customer("full_name", true, 120, false), invoice(false, true, true), CONTACT), none));
    }

    @AllDatabases
    void everyStepKeepsEveryRowAndReadsBackAsDeclared(TestDb t) throws SQLException {
        Quarry db = t.db();
        reset(db);
        List<Version> versions = versions();
        LiveMigration.apply(db, versions.get(0).tables(), Renames.none(), DataLoss.REFUSE);
        sql(t, "INSERT INTO ev_customer (id, name) VALUES (1, 'Ada'), (2, 'Grace'), (3, 'Edsger')",
                "INSERT INTO ev_invoice (id, customer_id, total, note) VALUES (10, 1, 12.50, 'first'),"
                        + " (11, 1, 7.25, NULL), (12, 2, 100.00, 'big'), (13, 3, 0.99, NULL), (14, 3, 3.00, 'x')");
        List<String> invoicesBefore = rows(t, "SELECT id, customer_id, total, note FROM ev_invoice ORDER BY id");

        for (int i = 1; i < versions.size(); i++) {
            Version previous = versions.get(i - 1);
            Version next = versions.get(i);
            if (next.what().startsWith("v9")) {
                // the data step a split needs, written by hand as it would be in a migration
                sql(t, "INSERT INTO ev_contact (id, customer_id, email) SELECT id, id, email FROM ev_customer");
            }
            DataLoss loss = next.what().startsWith("v9") ? DataLoss.ALLOW : DataLoss.REFUSE;
            MigrationScript up = LiveMigration.apply(db, next.tables(), next.renames(), loss);
            assertThat(up.isEmpty()).as(next.what()).isFalse();
            assertStep(t, next, invoicesBefore);

            // down to the previous version and up again
            LiveMigration.apply(db, previous.tables(), next.renames().inverse(), DataLoss.ALLOW);
            RoundTrip.assertReadBackAsDeclared(db, previous.tables().toArray(TableDef[]::new));
            assertThat(count(t, "ev_invoice")).as("invoices after going down from %s", next.what()).isEqualTo(5);
            LiveMigration.apply(db, next.tables(), next.renames(), DataLoss.ALLOW);
            assertStep(t, next, invoicesBefore);
        }
        assertThat(rows(t, "SELECT customer_id, email FROM ev_contact ORDER BY id"))
                .containsExactly("1|none", "2|none", "3|none");
        assertThat(rows(t, "SELECT id, full_name FROM ev_customer ORDER BY id"))
                .containsExactly("1|Ada", "2|Grace", "3|Edsger");
    }

    private static void assertStep(TestDb t, Version v, List<String> invoicesBefore) throws SQLException {
        Quarry db = t.db();
        RoundTrip.assertReadBackAsDeclared(db, v.tables().toArray(TableDef[]::new));
        assertThat(LiveMigration.diff(db, v.tables(), Renames.none()).changes()).as("a second diff after %s", v.what())
                .isEmpty();
        assertThat(count(t, "ev_customer")).as("customers after %s", v.what()).isEqualTo(3);
        assertThat(rows(t, "SELECT id, customer_id, total, note FROM ev_invoice ORDER BY id"))
                .as("invoices after %s", v.what()).isEqualTo(invoicesBefore);
    }

    @AllDatabases
    void aChangeThatCanLoseDataIsRefusedUnlessAllowedAndNothingRuns(TestDb t) throws SQLException {
        Quarry db = t.db();
        reset(db);
        TableDef v1 = customer("name", false, 80, true);
        LiveMigration.apply(db, List.of(v1), Renames.none(), DataLoss.REFUSE);
        sql(t, "INSERT INTO ev_customer (id, name, email) VALUES (1, 'Ada', 'ada@example.org')");
        TableDef narrower = customer("name", false, 20, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> LiveMigration.apply(db, List.of(narrower), Renames.none(), DataLoss.REFUSE))
                .isInstanceOf(DestructiveChangeException.class)
                .hasMessageContaining("drops column 'ev_customer.email' and its values");
        RoundTrip.assertReadBackAsDeclared(db, v1);
        assertThat(rows(t, "SELECT email FROM ev_customer")).containsExactly("ada@example.org");
    }

    @AllDatabases
    void aFailedStepLeavesSchemaAndRowsAsTheyWereWhereDdlIsTransactional(TestDb t) throws SQLException {
        Quarry db = t.db();
        reset(db);
        TableDef v1 = customer("name", true, 80, false);
        LiveMigration.apply(db, List.of(v1), Renames.none(), DataLoss.REFUSE);
        sql(t, "INSERT INTO ev_customer (id, name) VALUES (1, 'Ada'), (2, NULL)");
        TableDef notNull = customer("name", false, 80, false);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> LiveMigration.apply(db, List.of(notNull), Renames.none(), DataLoss.ALLOW))
                .isInstanceOf(dev.quarry.error.QuarryException.class);
        RoundTrip.assertReadBackAsDeclared(db, v1);
        assertThat(rows(t, "SELECT id, name FROM ev_customer ORDER BY id")).containsExactly("1|Ada", "2|null");
    }

    @AllDatabases
    void changesAreRenderedForEachDatabaseWithRebuildsOnlyOnSqlite(TestDb t) {
        Quarry db = t.db();
        reset(db);
        LiveMigration.apply(db, List.of(customerV1().build(), invoice(false, false, false)), Renames.none(),
                DataLoss.REFUSE);
        MigrationScript script = LiveMigration.script(db,
                List.of(customer("name", true, 80, false), invoice(true, false, false)), Renames.none());
        List<Class<?>> kinds = new ArrayList<>();
        script.steps().forEach(s -> kinds.add(s.change().getClass()));
        if (t.target() == dev.quarry.testing.TestTarget.SQLITE) {
            assertThat(kinds).containsExactly(SchemaChange.RebuildTable.class, SchemaChange.AddIndex.class);
            assertThat(script.guard()).isPresent();
        } else {
            assertThat(kinds).containsExactly(SchemaChange.AlterColumn.class, SchemaChange.AddIndex.class);
            assertThat(script.guard()).isEmpty();
        }
    }

    /** Drops every table of the class's schema (the tests of a class share it), referencing tables first. */
    private static void reset(Quarry db) {
        LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW);
        assertThat(SchemaIntrospection.snapshot(db).tables()).isEmpty();
    }

    private static void sql(TestDb t, String... statements) throws SQLException {
        MigrationRunnerTest.sql(t, statements);
    }

    private static int count(TestDb t, String table) throws SQLException {
        return Integer.parseInt(rows(t, "SELECT count(*) FROM " + table).get(0));
    }

    private static List<String> rows(TestDb t, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = t.jdbc(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    if (i > 1) {
                        b.append('|');
                    }
                    Object v = rs.getObject(i);
                    b.append(v instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : v);
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
