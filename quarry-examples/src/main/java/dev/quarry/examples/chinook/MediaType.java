package dev.quarry.examples.chinook;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.Table;

/** A file format a track is sold in (Chinook's {@code MediaType}); the name may be NULL in Chinook's schema. */
@Table("MediaType")
public record MediaType(
        @Id @Column(name = "MediaTypeId") long mediaTypeId,
        @Nullable @Column(name = "Name", length = 120) String name) {
}
