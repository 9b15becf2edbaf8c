package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;

/** An album of one artist (Chinook's {@code Album}). */
@Table("Album")
public record Album(
        @Id @Column(name = "AlbumId") long albumId,
        @Column(name = "Title", length = 160) String title,
        @Index(name = "IFK_AlbumArtistId") @References(Artist.class) @Column(name = "ArtistId") long artistId) {
}
