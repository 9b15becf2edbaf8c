package dev.quarry.examples.chinook;

/**
 * A customer and the company they buy for.
 *
 * @param customerId the customer's key
 * @param company    the company, or null for a private customer
 * @param label      the company, or "(private)" where there is none
 */
public record CustomerCompany(long customerId, String company, String label) {
}
