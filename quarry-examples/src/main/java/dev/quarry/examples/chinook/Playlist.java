package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.Table;

/**
 * A named list of tracks (Chinook's {@code Playlist}). Names are not unique: "Music", "Movies", "TV Shows" and
 * "Audiobooks" each appear twice in the data.
 */
@Table("Playlist")
public record Playlist(
        @Id @Column(name = "PlaylistId") long playlistId,
        @Nullable @Column(name = "Name", length = 120) String name) {
}
