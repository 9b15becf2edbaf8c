package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.InvoiceLineTable.INVOICE_LINE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;

import dev.quarry.Database;
import java.util.List;

/**
 * An invoice and its lines as they were, to check that a failed write left them alone and to put them back after a
 * test that changed them: test classes share one Chinook copy per database, and {@link ChinookLoader#loadIfAbsent}
 * refuses tables whose row counts changed.
 */
public record InvoiceSnapshot(Invoice invoice, List<InvoiceLine> lines) {

    /** Invoice {@code invoiceId} and its lines by key, as {@code db} holds them now. */
    public static InvoiceSnapshot take(Database db, long invoiceId) {
        return new InvoiceSnapshot(db.selectFrom(INVOICE).where(INVOICE.invoiceId.eq(invoiceId)).fetchOne(),
                db.selectFrom(INVOICE_LINE).where(INVOICE_LINE.invoiceId.eq(invoiceId))
                        .orderBy(INVOICE_LINE.invoiceLineId.asc()).fetch());
    }

    /** Puts the invoice and exactly its lines back, in one transaction. */
    public void restore(Database db) {
        db.transactionRun(tx -> {
            tx.deleteFrom(INVOICE_LINE).where(INVOICE_LINE.invoiceId.eq(invoice.invoiceId())).execute();
            tx.insertInto(INVOICE_LINE).values(lines).execute();
            tx.update(INVOICE).setRecord(invoice).execute();
        });
    }
}
