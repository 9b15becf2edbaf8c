package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;
import java.math.BigDecimal;

/**
 * A track for sale (Chinook's {@code Track}). Album, genre, composer and size may be NULL in Chinook's schema (only
 * the composer is NULL in the data, on 977 tracks). A few names contain backslashes ("Cavalleria Rusticana \ Act \
 * Intermezzo Sinfonico"). {@code Bytes} reaches 1,059,546,140, which still fits an {@code int}, but it is a file
 * size, so it is a {@code long} like the other integers.
 */
@Table("Track")
public record Track(
        @Id @Column(name = "TrackId") long trackId,
        @Column(name = "Name", length = 200) String name,
        @Nullable @Index(name = "IFK_TrackAlbumId") @References(Album.class) @Column(name = "AlbumId") Long albumId,
        @Index(name = "IFK_TrackMediaTypeId") @References(MediaType.class)
        @Column(name = "MediaTypeId") long mediaTypeId,
        @Nullable @Index(name = "IFK_TrackGenreId") @References(Genre.class) @Column(name = "GenreId") Long genreId,
        @Nullable @Column(name = "Composer", length = 220) String composer,
        @Column(name = "Milliseconds") long milliseconds,
        @Nullable @Column(name = "Bytes") Long bytes,
        @Column(name = "UnitPrice", precision = 10, scale = 2) BigDecimal unitPrice) {
}
