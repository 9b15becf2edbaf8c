/**
 * Relations between tables, declared once from their foreign keys, and the loading of rows with their related rows
 * in a constant number of statements.
 *
 * <pre>{@code
 * OneToMany<Album, Track> ALBUM_TRACKS = Relation.oneToMany(ALBUM, TRACK);     // the FK track.album_id
 * ManyToOne<Track, Album> TRACK_ALBUM = Relation.manyToOne(TRACK, ALBUM);
 *
 * List<AlbumWithTracks> albums = Loader.on(db).fetch(
 *         db.selectFrom(ALBUM).where(ALBUM.artistId.eq(1L)),
 *         ALBUM_TRACKS.children().orderBy(TRACK.position.asc()),
 *         AlbumWithTracks::new);                                              // 2 statements
 * }</pre>
 *
 * <p>Each level of an {@link dev.quarry.relation.Include} runs one {@code SELECT ... WHERE key IN (...)} per 500
 * keys of the rows loaded at the level above; no joins, no query per row. See {@code docs/relations.md}.
 */
package dev.quarry.relation;
