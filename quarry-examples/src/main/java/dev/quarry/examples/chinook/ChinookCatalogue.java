package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.ChinookRelations.ALBUM_TRACKS;
import static dev.quarry.examples.chinook.ChinookRelations.ARTIST_ALBUMS;

import dev.quarry.query.QueryFactory;
import dev.quarry.query.Select;
import dev.quarry.relation.Include;
import dev.quarry.relation.Loader;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The artist -> album -> track catalogue loaded through {@link ChinookRelations}: whatever the number of artists,
 * one statement for the artists, one for all their albums and one for all those albums' tracks (per 500 keys), never
 * one per artist or album.
 *
 * <p>Thread-safe as the database it is given; on a database handle each level reads on its own, so use a
 * transaction when the levels must see one snapshot.
 */
public final class ChinookCatalogue {
    /** Each artist's albums by title (then key), each with its tracks in key order: Chinook's running order. */
    public static final Include<Artist, List<AlbumWithTracks>> ALBUMS_WITH_TRACKS = ARTIST_ALBUMS.children()
            .orderBy(ALBUM.title.asc(), ALBUM.albumId.asc())
            .with(ALBUM_TRACKS.children(), AlbumWithTracks::new);

    private final QueryFactory db;

    /** A catalogue read from {@code db} (a database or a transaction). */
    public ChinookCatalogue(QueryFactory db) {
        this.db = db;
    }

    /** The artists {@code select} returns, in its order, each with albums and tracks: three statements. */
    public List<ArtistWithAlbums> artists(Select<Artist> select) {
        return Loader.on(db).fetch(select, ALBUMS_WITH_TRACKS, ArtistWithAlbums::new);
    }

    /** The artists with keys {@code artistIds}, with albums and tracks, by artist key; unknown keys are ignored. */
    public Map<Long, ArtistWithAlbums> artistsById(Collection<Long> artistIds) {
        return artists(db.selectFrom(ARTIST).where(ARTIST.artistId.in(artistIds))).stream()
                .collect(Collectors.toMap(a -> a.artist().artistId(), Function.identity()));
    }
}
