package dev.quarry.examples.chinook;

import java.math.BigDecimal;

/**
 * Invoices billed to one country in one calendar year.
 *
 * @param country  the billing country
 * @param year     the invoice year
 * @param invoices how many invoices
 * @param revenue  their total, at scale 2
 */
public record CountryYearRevenue(String country, int year, long invoices, BigDecimal revenue) {
}
