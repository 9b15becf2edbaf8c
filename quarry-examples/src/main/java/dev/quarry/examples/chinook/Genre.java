package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.Table;

/** A musical genre (Chinook's {@code Genre}); the name may be NULL in Chinook's schema. */
@Table("Genre")
public record Genre(
        @Id @Column(name = "GenreId") long genreId,
        @Nullable @Column(name = "Name", length = 120) String name) {
}
