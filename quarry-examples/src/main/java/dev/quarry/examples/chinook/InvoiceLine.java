package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;
import java.math.BigDecimal;

/** One track bought on an invoice (Chinook's {@code InvoiceLine}): its price at the time and the quantity. */
@Table("InvoiceLine")
public record InvoiceLine(
        @Id @Column(name = "InvoiceLineId") long invoiceLineId,
        @Index(name = "IFK_InvoiceLineInvoiceId") @References(Invoice.class) @Column(name = "InvoiceId") long invoiceId,
        @Index(name = "IFK_InvoiceLineTrackId") @References(Track.class) @Column(name = "TrackId") long trackId,
        @Column(name = "UnitPrice", precision = 10, scale = 2) BigDecimal unitPrice,
        @Column(name = "Quantity") int quantity) {

    /** This line with another quantity (records are immutable: a change is a new version of the row). */
    public InvoiceLine withQuantity(int newQuantity) {
        return new InvoiceLine(invoiceLineId, invoiceId, trackId, unitPrice, newQuantity);
    }

    /** What the line costs: unit price times quantity. */
    public BigDecimal amount() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
