package dev.quarry.examples.chinook;

import java.math.BigDecimal;

/**
 * What an artist's tracks earned: the sum of unit price times quantity over every invoice line of its tracks.
 *
 * @param artistId the artist's key
 * @param name     the artist's name
 * @param revenue  the earnings, at scale 2
 */
public record ArtistRevenue(long artistId, String name, BigDecimal revenue) {
}
