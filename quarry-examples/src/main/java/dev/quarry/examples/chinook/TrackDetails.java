package dev.quarry.examples.chinook;

/**
 * A track with the names its keys point to, as a store page shows it.
 *
 * @param trackId the track's key
 * @param name    the track's name
 * @param album   the album's title
 * @param artist  the album artist's name
 * @param genre   the genre's name, or null when the track has none
 */
public record TrackDetails(long trackId, String name, String album, String artist, String genre) {
}
