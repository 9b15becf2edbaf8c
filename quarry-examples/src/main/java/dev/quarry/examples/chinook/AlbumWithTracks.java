package dev.quarry.examples.chinook;

import java.util.List;

/** An album with its tracks, as {@link ChinookCatalogue} loads it. */
public record AlbumWithTracks(Album album, List<Track> tracks) {
    /** The album's playing time in milliseconds. */
    public long milliseconds() {
        return tracks.stream().mapToLong(Track::milliseconds).sum();
    }
}
