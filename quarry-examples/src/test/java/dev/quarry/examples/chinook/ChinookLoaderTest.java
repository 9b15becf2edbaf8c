package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.CustomerTable.CUSTOMER;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.query.Table;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The loader copies Chinook into each database with every row and every value unchanged. */
class ChinookLoaderTest {
    private static final Map<TestTarget, LoadReport> LOADS = ChinookScopes.perClass();

    @AllDatabases
    void loadsExactlyThePublishedRowCountOfEveryTable(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        Map<String, Long> counts = new ChinookLoader(db).rowCounts();
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(ChinookRowCounts.byTable());
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(15_607);
        if (LOADS.containsKey(t.target())) {
            assertThat(LOADS.get(t.target()).rows()).containsExactlyInAnyOrderEntriesOf(ChinookRowCounts.byTable());
        }
    }

    @AllDatabases
    void copiesEveryCellOfEveryTableUnchanged(TestDb t) throws SQLException {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        try (ChinookSource source = ChinookSource.open();
             Connection raw = DriverManager.getConnection("jdbc:sqlite:" + source.file() + "?open_mode=1")) {
            int cells = 0;
            for (Table<?> table : ChinookTables.PARENTS_FIRST) {
                List<List<Object>> expected = readSourceWithoutQuarry(raw, table);
                List<List<Object>> actual = readTarget(db, table);
                assertThat(actual).as("rows of %s", table.name()).hasSameSizeAs(expected);
                for (int r = 0; r < expected.size(); r++) {
                    for (int c = 0; c < table.columns().size(); c++) {
                        assertThat(actual.get(r).get(c))
                                .as("%s row %d (key %s) column %s", table.name(), r, expected.get(r).get(0),
                                        table.column(c).name())
                                .isEqualTo(expected.get(r).get(c));
                        cells++;
                    }
                }
            }
            assertThat(cells).isEqualTo(66_439);
        }
    }

    @AllDatabases
    void keepsTrailingBlanksBackslashesAccentsDecimalsAndDates(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        assertThat(db.select(CUSTOMER.city).from(CUSTOMER).where(CUSTOMER.customerId.eq(38L)).fetchOne())
                .isEqualTo("Berlin");
        assertThat(db.select(CUSTOMER.customerId).from(CUSTOMER).where(CUSTOMER.city.eq("Edinburgh ")).fetch())
                .containsExactly(54L);
        assertThat(db.select(CUSTOMER.customerId).from(CUSTOMER).where(CUSTOMER.city.eq("Edinburgh")).fetch())
                .as("a trailing blank is part of the value, also on MariaDB (NO PAD collation)").isEmpty();
        assertThat(db.select(TRACK.name).from(TRACK).where(TRACK.trackId.eq(3435L)).fetchOne())
                .isEqualTo("Cavalleria Rusticana \\ Act \\ Intermezzo Sinfonico");
        assertThat(db.select(TRACK.trackId).from(TRACK).where(TRACK.name.contains("\\")).fetch())
                .containsExactly(3435L, 3448L, 3485L, 3499L);
        assertThat(db.select(INVOICE.total).from(INVOICE).where(INVOICE.invoiceId.eq(5L)).fetchOne())
                .isEqualTo(new BigDecimal("13.86"));
        assertThat(db.select(INVOICE.invoiceDate).from(INVOICE).where(INVOICE.invoiceId.eq(1L)).fetchOne())
                .isEqualTo(LocalDateTime.of(2021, 1, 1, 0, 0));
        assertThat(db.select(EMPLOYEE.birthDate).from(EMPLOYEE).where(EMPLOYEE.employeeId.eq(1L)).fetchOne())
                .isEqualTo(LocalDateTime.of(1962, 2, 18, 0, 0));
        assertThat(db.sql(Brackets.quoted(t.target(), "SELECT [Name] FROM [Artist] WHERE [ArtistId] = ?"), 106L)
                .fetch(row -> row.get(0, DataType.STRING))).containsExactly("Motörhead");
        assertThat(db.sql(Brackets.quoted(t.target(), "SELECT [Name] FROM [Playlist] WHERE [PlaylistId] = ?"), 5L)
                .fetch(row -> row.get(0, DataType.STRING))).containsExactly("90\u2019s Music");
    }

    @AllDatabases
    void loadIfAbsentLeavesALoadedDatabaseAsItIs(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        assertThat(new ChinookLoader(db).loadIfAbsent()).isEmpty();
        assertThat(new ChinookLoader(db).rowCounts()).containsExactlyInAnyOrderEntriesOf(ChinookRowCounts.byTable());
    }

    /** The source read with plain sqlite-jdbc, each value turned into the Java value its column should hold. */
    private static List<List<Object>> readSourceWithoutQuarry(Connection raw, Table<?> table) throws SQLException {
        String order = table.def().primaryKey().stream().map(k -> "\"" + k + "\"").collect(Collectors.joining(", "));
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = raw.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.name() + "\" ORDER BY " + order)) {
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 0; c < table.columns().size(); c++) {
                    ColumnDef def = table.def().columns().get(c);
                    row.add(sourceValue(rs.getString(def.name()), def.type()));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** SQLite's text of a stored value as the Java value the record should hold, decoded without Quarry. */
    private static Object sourceValue(String text, DataType<?> type) {
        if (text == null) {
            return null;
        }
        switch (type.kind()) {
            case LONG:
                return Long.parseLong(text);
            case INT:
                return Integer.parseInt(text);
            case DECIMAL:
                // Chinook's NUMERIC(10,2) values are REALs such as 0.99 and 13.86: their shortest text is exact.
                return new BigDecimal(text).setScale(type.scale(), RoundingMode.UNNECESSARY);
            case LOCAL_DATE_TIME:
                return LocalDateTime.parse(text.replace(' ', 'T'));
            case STRING:
                return text;
            default:
                throw new AssertionError("Chinook has no " + type + " column");
        }
    }

    private static <R> List<List<Object>> readTarget(Quarry db, Table<R> table) {
        List<List<Object>> rows = new ArrayList<>();
        for (R r : db.selectFrom(table).orderBy(ChinookLoader.primaryKey(table)).fetch()) {
            rows.add(Arrays.asList(table.values(r)));
        }
        return rows;
    }
}
