package dev.quarry.examples.chinook;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An invoice of a customer with what the customer had spent up to and including it.
 *
 * @param invoiceId   the invoice's key
 * @param invoiceDate when it was billed
 * @param total       its total
 * @param spentSoFar  the running sum of the customer's totals, in date order
 */
public record RunningTotal(long invoiceId, LocalDateTime invoiceDate, BigDecimal total, BigDecimal spentSoFar) {
}
