package dev.quarry.examples.docs;

import static dev.quarry.examples.chinook.CustomerTable.CUSTOMER;
import static dev.quarry.examples.chinook.InvoiceLineTable.INVOICE_LINE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.ForeignKeyViolationException;
import dev.quarry.error.MisuseException;
import dev.quarry.examples.chinook.ChinookScopes;
import dev.quarry.examples.chinook.Customer;
import dev.quarry.examples.chinook.Invoice;
import dev.quarry.examples.chinook.InvoiceLine;
import dev.quarry.examples.chinook.InvoiceSnapshot;
import dev.quarry.examples.chinook.LoadReport;
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
 * Runs the examples of docs/unit-of-work.md, as written there, on every database over the Chinook data, and puts
 * invoice 3 (and its customer) back after each, since the examples commit. A change to a snippet in the doc belongs
 * here too, and the other way round.
 */
class UnitOfWorkExamplesTest {
    private static final Map<TestTarget, LoadReport> LOADS = ChinookScopes.perClass();

    @AllDatabases
    void anInvoiceIsEditedAndFlushedThenAFailedFlushIsCorrectedAndRetried(TestDb t) {
        ChinookScopes.loaded(t, LOADS);
        StatementCounter counter = new StatementCounter();
        Quarry db = t.open(QuarrySettings.builder().onStatement(counter).build());
        InvoiceSnapshot before = InvoiceSnapshot.take(db, 3);
        try {
            UnitOfWork uow = UnitOfWork.of(db);

            Invoice invoice = uow.find(INVOICE, 3L).orElseThrow();                  // SELECT; kept in the identity map
            List<InvoiceLine> lines = uow.findAll(INVOICE_LINE,                      // SELECT; kept too
                    INVOICE_LINE.invoiceId.eq(3L), INVOICE_LINE.invoiceLineId.asc());

            uow.update(INVOICE_LINE, lines.get(1).withQuantity(2));                 // line 8: two copies
            uow.remove(INVOICE_LINE, lines.get(5));                                 // line 12: gone
            uow.persist(INVOICE_LINE, new InvoiceLine(2241, 3L, 2819L, new BigDecimal("1.99"), 1));   // a TV episode
            uow.update(INVOICE, invoice.withTotal(new BigDecimal("7.93")));         // 5.94 + 0.99 - 0.99 + 1.99

            counter.reset();
            FlushResult r = uow.flush();   // one transaction: 1 INSERT, 2 UPDATEs (Invoice, then InvoiceLine), 1 DELETE

            assertThat(counter.statements()).extracting(sql -> sql.substring(0, 6))
                    .containsExactly("INSERT", "UPDATE", "UPDATE", "DELETE");
            assertThat(List.of(r.inserted(), r.updated(), r.deleted())).containsExactly(1, 2, 1);
            InvoiceSnapshot flushed = InvoiceSnapshot.take(db, 3);
            assertThat(flushed.invoice().total()).isEqualTo(new BigDecimal("7.93"));
            assertThat(flushed.lines()).extracting(InvoiceLine::invoiceLineId, InvoiceLine::quantity).containsExactly(
                    tuple(7L, 1), tuple(8L, 2), tuple(9L, 1), tuple(10L, 1), tuple(11L, 1), tuple(2241L, 1));
            counter.reset();
            assertThat(uow.find(INVOICE, 3L)).isPresent();
            assertThat(counter.count()).as("find of a row the unit of work holds").isZero();

            // "When a flush fails", continuing with the same unit of work
            InvoiceLine line = new InvoiceLine(2242, 3L, 9999L, new BigDecimal("0.99"), 1);   // there is no track 9999
            uow.persist(INVOICE_LINE, line);
            uow.update(INVOICE, uow.find(INVOICE, 3L).orElseThrow().withTotal(new BigDecimal("8.92")));
            boolean failed = false;
            try {
                uow.flush();                                   // ForeignKeyViolationException: nothing written
            } catch (ForeignKeyViolationException e) {
                failed = true;
                assertThat(InvoiceSnapshot.take(db, 3)).isEqualTo(flushed);
                uow.update(INVOICE_LINE, new InvoiceLine(2242, 3L, 3500L, line.unitPrice(), 1));   // correct the record ...
                uow.flush();                                   // ... and write everything again: the line and the total
            }

            assertThat(failed).isTrue();
            InvoiceSnapshot retried = InvoiceSnapshot.take(db, 3);
            assertThat(retried.invoice().total()).isEqualTo(new BigDecimal("8.92"));
            assertThat(retried.lines()).extracting(InvoiceLine::trackId).endsWith(2819L, 3500L);
        } finally {
            before.restore(db);
        }
    }

    @AllDatabases
    void aKeyOfTheWrongJavaTypeIsRejected(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        UnitOfWork uow = UnitOfWork.of(db);

        assertThatThrownBy(() -> uow.find(INVOICE, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThat(uow.find(INVOICE, 3L)).isPresent();
    }

    @AllDatabases
    void aFlushWithoutImplicitTransactionCommitsWithTheCallersOtherWrites(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        InvoiceSnapshot before = InvoiceSnapshot.take(db, 3);
        Customer customer = db.selectFrom(CUSTOMER).where(CUSTOMER.customerId.eq(8L)).fetchOne();
        try {
            db.transactionRun(tx -> {
                UnitOfWork uow = UnitOfWork.withoutImplicitTransaction(tx);
                Invoice invoice = uow.find(INVOICE, 3L).orElseThrow();
                uow.update(INVOICE, invoice.withTotal(invoice.total().add(new BigDecimal("0.99"))));
                uow.flush();
                tx.update(CUSTOMER).set(CUSTOMER.supportRepId, 3L)          // commits or rolls back together with the flush
                  .where(CUSTOMER.customerId.eq(invoice.customerId())).execute();
            });

            assertThat(InvoiceSnapshot.take(db, 3).invoice().total()).isEqualTo(new BigDecimal("6.93"));
            assertThat(db.select(CUSTOMER.supportRepId).from(CUSTOMER).where(CUSTOMER.customerId.eq(8L)).fetchOne())
                    .isEqualTo(3L);
        } finally {
            before.restore(db);
            db.update(CUSTOMER).setRecord(customer).execute();
        }
    }

    @AllDatabases
    void aRollbackAfterAFlushRetiresTheUnitOfWork(TestDb t) {
        Quarry db = ChinookScopes.loaded(t, LOADS);
        InvoiceSnapshot before = InvoiceSnapshot.take(db, 3);

        UnitOfWork uow = db.transaction(tx -> {
            UnitOfWork inTx = UnitOfWork.of(tx);
            inTx.update(INVOICE, inTx.find(INVOICE, 3L).orElseThrow().withTotal(BigDecimal.ZERO));
            inTx.flush();                 // written, in a savepoint of tx ...
            tx.setRollbackOnly();         // ... and undone when tx ends
            return inTx;
        });
        assertThatThrownBy(() -> uow.find(INVOICE, 3L))            // MisuseException: the transaction it flushed into rolled back
                .isInstanceOf(MisuseException.class).hasMessageContaining("rolled back");

        assertThat(InvoiceSnapshot.take(db, 3)).isEqualTo(before);
        uow.clear();   // empties it, but it still belongs to the ended transaction
        assertThatThrownBy(() -> uow.find(INVOICE, 3L)).isInstanceOf(MisuseException.class)
                .hasMessageContaining("the transaction has ended");
    }
}
