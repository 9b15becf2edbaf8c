package dev.quarry.examples.chinook;

/**
 * How long a playlist is.
 *
 * @param playlistId   the playlist's key
 * @param name         its name (not unique in Chinook)
 * @param tracks       how many tracks it lists
 * @param milliseconds their total duration
 */
public record PlaylistLength(long playlistId, String name, long tracks, long milliseconds) {
}
