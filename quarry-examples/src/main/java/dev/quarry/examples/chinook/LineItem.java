package dev.quarry.examples.chinook;

import java.math.BigDecimal;

/**
 * One line of an invoice as a receipt prints it.
 *
 * @param invoiceLineId the line's key
 * @param track         the track's name
 * @param album         the album's title, or null for a track without an album
 * @param unitPrice     the price paid per unit
 * @param quantity      how many were bought
 */
public record LineItem(long invoiceLineId, String track, String album, BigDecimal unitPrice, int quantity) {
}
