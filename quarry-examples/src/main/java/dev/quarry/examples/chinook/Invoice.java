package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A customer's purchase (Chinook's {@code Invoice}). The total is NUMERIC(10,2): SQLite stores it as a REAL
 * (13.86 and the like), read back exactly at scale 2; PostgreSQL and MariaDB store it as DECIMAL(10,2).
 */
@Table("Invoice")
public record Invoice(
        @Id @Column(name = "InvoiceId") long invoiceId,
        @Index(name = "IFK_InvoiceCustomerId") @References(Customer.class) @Column(name = "CustomerId") long customerId,
        @Column(name = "InvoiceDate") LocalDateTime invoiceDate,
        @Nullable @Column(name = "BillingAddress", length = 70) String billingAddress,
        @Nullable @Column(name = "BillingCity", length = 40) String billingCity,
        @Nullable @Column(name = "BillingState", length = 40) String billingState,
        @Nullable @Column(name = "BillingCountry", length = 40) String billingCountry,
        @Nullable @Column(name = "BillingPostalCode", length = 10) String billingPostalCode,
        @Column(name = "Total", precision = 10, scale = 2) BigDecimal total) {

    /** This invoice with another total (records are immutable: a change is a new version of the row). */
    public Invoice withTotal(BigDecimal newTotal) {
        return new Invoice(invoiceId, customerId, invoiceDate, billingAddress, billingCity, billingState,
                billingCountry, billingPostalCode, newTotal);
    }
}
