package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.ChinookRelations.INVOICE_LINES;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static dev.quarry.examples.chinook.InvoiceLineTable.INVOICE_LINE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.query.Dsl.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.ForeignKeyViolationException;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.query.Tuple2;
import dev.quarry.relation.Loader;
import dev.quarry.relation.StatementCounter;
import dev.quarry.session.FlushResult;
import dev.quarry.session.UnitOfWork;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A {@link UnitOfWork} editing a Chinook invoice on every database: lines loaded through {@link ChinookRelations},
 * changed, added and removed, the total updated, one flush; and a flush that fails on a foreign key leaving the
 * database exactly as it was; employees reporting to each other (the table references itself) written managers
 * first and deleted reports first; playlist entries by their two-column key. Each test puts back what it changed.
 */
class ChinookUnitOfWorkTest {
    private static final Map<TestTarget, LoadReport> LOADS = ChinookScopes.perClass();
    /** Invoice 3 (customer 8, Brussels): six lines 7..12 of one track each at 0.99, total 5.94. */
    private static final long INVOICE_ID = 3;
    /** "Battlestar Galactica: The Story So Far", sold at 1.99. */
    private static final long TV_EPISODE = 2819;
    private static final long MISSING_TRACK = 9999;
    /** The next free line key: the data's lines are 1..2240. */
    private static final long NEW_LINE_ID = 2241;

    private final StatementCounter counter = new StatementCounter();

    private Quarry counted(TestDb t) {
        ChinookScopes.loaded(t, LOADS);
        return t.open(QuarrySettings.builder().onStatement(counter).build());
    }

    @AllDatabases
    void anInvoiceEditedLineByLineIsWrittenByOneFlush(TestDb t) {
        Quarry db = counted(t);
        InvoiceSnapshot before = InvoiceSnapshot.take(db, INVOICE_ID);
        try {
            UnitOfWork uow = UnitOfWork.of(db);
            Tuple2<Invoice, List<InvoiceLine>> loaded = Loader.on(db).fetch(
                    db.selectFrom(INVOICE).where(INVOICE.invoiceId.eq(INVOICE_ID)), INVOICE_LINES.children(),
                    Tuple2<Invoice, List<InvoiceLine>>::new).get(0);
            Invoice invoice = uow.attach(INVOICE, List.of(loaded.v1())).get(0);
            List<InvoiceLine> lines = uow.attach(INVOICE_LINE, loaded.v2());
            assertThat(lines).extracting(InvoiceLine::invoiceLineId).containsExactly(7L, 8L, 9L, 10L, 11L, 12L);

            uow.update(INVOICE_LINE, lines.get(1).withQuantity(2));
            uow.remove(INVOICE_LINE, lines.get(5));
            InvoiceLine added = new InvoiceLine(NEW_LINE_ID, INVOICE_ID, TV_EPISODE, new BigDecimal("1.99"), 1);
            uow.persist(INVOICE_LINE, added);
            uow.update(INVOICE, invoice.withTotal(new BigDecimal("7.93")));   // 5.94 + 0.99 - 0.99 + 1.99
            assertThat(InvoiceSnapshot.take(db, INVOICE_ID)).isEqualTo(before);   // nothing written yet

            counter.reset();
            FlushResult result = uow.flush();

            assertThat(result.inserted()).isEqualTo(1);
            assertThat(result.updated()).isEqualTo(2);
            assertThat(result.deleted()).isEqualTo(1);
            // one INSERT batch, UPDATE Invoice then UPDATE InvoiceLine (parents first), one DELETE
            assertThat(counter.statements()).extracting(sql -> sql.substring(0, 6))
                    .containsExactly("INSERT", "UPDATE", "UPDATE", "DELETE");
            assertThat(counter.statements().get(2)).contains("Quantity").doesNotContain("UnitPrice");
            InvoiceSnapshot after = InvoiceSnapshot.take(db, INVOICE_ID);
            assertThat(after.invoice().total()).isEqualTo(new BigDecimal("7.93"));
            assertThat(after.lines()).containsExactly(lines.get(0), lines.get(1).withQuantity(2), lines.get(2),
                    lines.get(3), lines.get(4), added);
            assertThat(after.lines().stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(after.invoice().total());
            assertThat(uow.hasChanges()).isFalse();
        } finally {
            before.restore(db);
        }
    }

    @AllDatabases
    void aLinePointingAtAMissingTrackFailsTheFlushAndLeavesTheDatabaseUntouched(TestDb t) {
        Quarry db = counted(t);
        InvoiceSnapshot before = InvoiceSnapshot.take(db, INVOICE_ID);
        long linesBefore = db.select(count()).from(INVOICE_LINE).fetchOne();
        try {
            UnitOfWork uow = UnitOfWork.of(db);
            Invoice invoice = uow.find(INVOICE, INVOICE_ID).orElseThrow();
            List<InvoiceLine> lines = uow.findAll(INVOICE_LINE, INVOICE_LINE.invoiceId.eq(INVOICE_ID),
                    INVOICE_LINE.invoiceLineId.asc());
            uow.persist(INVOICE_LINE, new InvoiceLine(NEW_LINE_ID, INVOICE_ID, TV_EPISODE, new BigDecimal("1.99"), 1));
            uow.update(INVOICE, invoice.withTotal(new BigDecimal("7.93")));
            InvoiceLine wrong = new InvoiceLine(7, INVOICE_ID, MISSING_TRACK, lines.get(0).unitPrice(), 1);
            uow.update(INVOICE_LINE, wrong);

            // The INSERT and the invoice's UPDATE succeed; the line's UPDATE, last, fails and takes them back.
            counter.reset();
            assertThatThrownBy(uow::flush).isInstanceOf(ForeignKeyViolationException.class);

            assertThat(counter.statements()).extracting(sql -> sql.substring(0, 6)).containsExactly("INSERT", "UPDATE");
            assertThat(InvoiceSnapshot.take(db, INVOICE_ID)).isEqualTo(before);
            assertThat(db.select(count()).from(INVOICE_LINE).fetchOne()).isEqualTo(linesBefore);
            // Every change is still pending: correct the line and flush again.
            assertThat(uow.hasChanges()).isTrue();
            uow.update(INVOICE_LINE, lines.get(0));
            FlushResult retried = uow.flush();
            assertThat(retried.inserted()).isEqualTo(1);
            assertThat(retried.updated()).isEqualTo(1);
            assertThat(InvoiceSnapshot.take(db, INVOICE_ID).lines()).hasSize(7);
        } finally {
            before.restore(db);
        }
        assertThat(db.select(count()).from(INVOICE_LINE).fetchOne()).isEqualTo(linesBefore);
    }

    /** New employees get keys from here on: the data's are 1..8. */
    private static final long NEW_EMPLOYEE = 901;

    @AllDatabases
    void employeesPersistedReportsFirstAreInsertedManagersFirstAndDeletedReportsFirst(TestDb t) {
        Quarry db = counted(t);
        try {
            UnitOfWork uow = UnitOfWork.of(db);
            // 901 reports to the general manager (1); 902 and 904 to 901; 903 to 902: persisted bottom-up
            uow.persist(EMPLOYEE, employee(903, 902L));
            uow.persist(EMPLOYEE, employee(904, 901L));
            uow.persist(EMPLOYEE, employee(902, 901L));
            uow.persist(EMPLOYEE, employee(901, 1L));

            counter.reset();
            assertThat(uow.flush().inserted()).isEqualTo(4);

            assertThat(counter.statements()).hasSize(1).allMatch(sql -> sql.startsWith("INSERT"));
            assertThat(db.select(EMPLOYEE.employeeId, EMPLOYEE.reportsTo).from(EMPLOYEE)
                    .where(EMPLOYEE.employeeId.ge(NEW_EMPLOYEE)).orderBy(EMPLOYEE.employeeId.asc()).fetch())
                    .containsExactly(new Tuple2<>(901L, 1L), new Tuple2<>(902L, 901L), new Tuple2<>(903L, 902L),
                            new Tuple2<>(904L, 901L));

            UnitOfWork removal = UnitOfWork.of(db);
            removal.findAll(EMPLOYEE, EMPLOYEE.employeeId.ge(NEW_EMPLOYEE), EMPLOYEE.employeeId.asc())
                    .forEach(e -> removal.remove(EMPLOYEE, e));
            counter.reset();
            assertThat(removal.flush().deleted()).isEqualTo(4);

            // a level at a time, reports first: [903], [902, 904], [901]
            assertThat(counter.statements()).hasSize(3).allMatch(sql -> sql.startsWith("DELETE"));
            assertThat(db.select(count()).from(EMPLOYEE).where(EMPLOYEE.employeeId.ge(NEW_EMPLOYEE)).fetchOne())
                    .isZero();
        } finally {
            deleteNewEmployees(db);
        }
    }

    @AllDatabases
    void employeesReportingToEachOtherInARingAreRefusedBeforeAnythingIsSent(TestDb t) {
        Quarry db = counted(t);
        try {
            UnitOfWork uow = UnitOfWork.of(db);
            uow.persist(EMPLOYEE, employee(901, 1L));
            uow.persist(EMPLOYEE, employee(902, 903L));
            uow.persist(EMPLOYEE, employee(903, 902L));

            counter.reset();
            assertThatThrownBy(uow::flush).isInstanceOf(UnsupportedFeatureException.class)
                    .hasMessageContaining("'Employee' with keys [[902], [903]] reference each other in a ring");

            assertThat(counter.statements()).isEmpty();
            assertThat(db.select(count()).from(EMPLOYEE).where(EMPLOYEE.employeeId.ge(NEW_EMPLOYEE)).fetchOne())
                    .isZero();
            assertThat(uow.hasChanges()).isTrue();
        } finally {
            deleteNewEmployees(db);
        }
    }

    @AllDatabases
    void playlistEntriesAreFoundAddedAndRemovedByTheirTwoColumnKey(TestDb t) {
        Quarry db = counted(t);
        // playlist 18 ("On-The-Go") holds track 597 only
        PlaylistTrack kept = new PlaylistTrack(18, 597);
        try {
            UnitOfWork uow = UnitOfWork.of(db);
            PlaylistTrack loaded = uow.find(PLAYLIST_TRACK, 18L, 597L).orElseThrow();
            assertThat(uow.findAll(PLAYLIST_TRACK, PLAYLIST_TRACK.playlistId.eq(18L))).containsExactly(loaded);
            assertThat(uow.find(PLAYLIST_TRACK, 597L, 18L)).isEmpty();

            uow.persist(PLAYLIST_TRACK, new PlaylistTrack(18, 1));
            uow.persist(PLAYLIST_TRACK, new PlaylistTrack(18, 2));
            uow.remove(PLAYLIST_TRACK, loaded);
            assertThat(uow.find(PLAYLIST_TRACK, 18L, 597L)).isEmpty();
            counter.reset();
            FlushResult result = uow.flush();

            assertThat(result.inserted()).isEqualTo(2);
            assertThat(result.deleted()).isEqualTo(1);
            assertThat(counter.statements()).extracting(sql -> sql.substring(0, 6)).containsExactly("INSERT", "DELETE");
            assertThat(db.selectFrom(PLAYLIST_TRACK).where(PLAYLIST_TRACK.playlistId.eq(18L))
                    .orderBy(PLAYLIST_TRACK.trackId.asc()).fetch())
                    .containsExactly(new PlaylistTrack(18, 1), new PlaylistTrack(18, 2));
            // track 597 is still in the playlists it was in apart from 18
            assertThat(db.select(count()).from(PLAYLIST_TRACK).where(PLAYLIST_TRACK.trackId.eq(597L)).fetchOne())
                    .isPositive();
        } finally {
            db.deleteFrom(PLAYLIST_TRACK).where(PLAYLIST_TRACK.playlistId.eq(18L)).execute();
            db.insertInto(PLAYLIST_TRACK).values(kept).execute();
        }
    }

    private static Employee employee(long id, Long reportsTo) {
        return new Employee(id, "Test" + id, "Employee", "Tester", reportsTo, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** Clears the test's employees whatever state a failure left them in: links first, then rows. */
    private static void deleteNewEmployees(Quarry db) {
        db.update(EMPLOYEE).set(EMPLOYEE.reportsTo, (Long) null).where(EMPLOYEE.employeeId.ge(NEW_EMPLOYEE)).execute();
        db.deleteFrom(EMPLOYEE).where(EMPLOYEE.employeeId.ge(NEW_EMPLOYEE)).execute();
    }
}
