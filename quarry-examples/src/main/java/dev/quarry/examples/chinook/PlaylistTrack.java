package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;

/** A track's place in a playlist (Chinook's {@code PlaylistTrack}): the composite key (PlaylistId, TrackId). */
@Table("PlaylistTrack")
public record PlaylistTrack(
        @Id @Index(name = "IFK_PlaylistTrackPlaylistId") @References(Playlist.class)
        @Column(name = "PlaylistId") long playlistId,
        @Id @Index(name = "IFK_PlaylistTrackTrackId") @References(Track.class)
        @Column(name = "TrackId") long trackId) {
}
