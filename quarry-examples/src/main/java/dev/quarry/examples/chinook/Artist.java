package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.Table;

/**
 * A recording artist (Chinook's {@code Artist}). The name is nullable because Chinook's schema allows NULL there,
 * although no row of the shipped data has one.
 */
@Table("Artist")
public record Artist(
        @Id @Column(name = "ArtistId") long artistId,
        @Nullable @Column(name = "Name", length = 120) String name) {
}
