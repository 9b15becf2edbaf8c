package dev.quarry.examples.chinook;

import java.util.List;

/** An artist with their albums, each with its tracks, as {@link ChinookCatalogue} loads it. */
public record ArtistWithAlbums(Artist artist, List<AlbumWithTracks> albums) {
    /** How many tracks the artist's albums hold together. */
    public int trackCount() {
        return albums.stream().mapToInt(a -> a.tracks().size()).sum();
    }
}
