package dev.quarry.relation;

import static dev.quarry.fixtures.RelAlbumTable.REL_ALBUM;
import static dev.quarry.fixtures.RelArtistTable.REL_ARTIST;
import static dev.quarry.fixtures.RelTrackTable.REL_TRACK;

import dev.quarry.Database;
import dev.quarry.fixtures.RelAlbum;
import dev.quarry.fixtures.RelArtist;
import dev.quarry.fixtures.RelTrack;
import java.util.ArrayList;
import java.util.List;

/**
 * The artist -> album -> track catalogue the relation and unit-of-work tests share, kept as records so expected
 * results come from the same data the database holds: an artist without albums, an album without tracks, a
 * track without an album, non-ASCII names, a NULL year and genre.
 *
 * @param artists the artists
 * @param albums  the albums
 * @param tracks  the tracks
 */
public record RelCatalog(List<RelArtist> artists, List<RelAlbum> albums, List<RelTrack> tracks) {

    public static final OneToMany<RelArtist, RelAlbum> ARTIST_ALBUMS = Relation.oneToMany(REL_ARTIST, REL_ALBUM);
    public static final OneToMany<RelAlbum, RelTrack> ALBUM_TRACKS = Relation.oneToMany(REL_ALBUM, REL_TRACK);
    public static final ManyToOne<RelTrack, RelAlbum> TRACK_ALBUM = Relation.manyToOne(REL_TRACK, REL_ALBUM);
    public static final ManyToOne<RelAlbum, RelArtist> ALBUM_ARTIST = Relation.manyToOne(REL_ALBUM, REL_ARTIST);

    /** The small catalogue. */
    public static RelCatalog small() {
        return new RelCatalog(
                List.of(new RelArtist(1, "AC/DC"), new RelArtist(2, "Sigur Rós"), new RelArtist(3, "The Nobodies")),
                List.of(new RelAlbum(11, 1, "Back in Black", 1980), new RelAlbum(12, 1, "Highway to Hell", 1979),
                        new RelAlbum(21, 2, "Takk...", null), new RelAlbum(22, 2, "Ágætis byrjun", 1999)),
                List.of(new RelTrack(101, 11L, 1, "Hells Bells", "Rock"),
                        new RelTrack(102, 11L, 2, "Shoot to Thrill", "Rock"),
                        new RelTrack(103, 11L, 3, "Back in Black", "Rock"),
                        new RelTrack(104, 12L, 1, "Highway to Hell", "Rock"),
                        new RelTrack(105, 12L, 2, "Touch Too Much", null),
                        new RelTrack(201, 21L, 1, "Glósóli", "Post-rock"),
                        new RelTrack(202, 21L, 2, "Hoppípolla", "Post-rock"),
                        new RelTrack(901, null, 1, "Loose single", null)));
    }

    /** {@code artistCount} artists, each with {@code albumsEach} albums of {@code tracksEach} tracks. */
    public static RelCatalog generated(int artistCount, int albumsEach, int tracksEach) {
        List<RelArtist> artists = new ArrayList<>();
        List<RelAlbum> albums = new ArrayList<>();
        List<RelTrack> tracks = new ArrayList<>();
        for (int a = 1; a <= artistCount; a++) {
            artists.add(new RelArtist(a, "Artist " + a));
            for (int b = 1; b <= albumsEach; b++) {
                long albumId = a * 1000L + b;
                albums.add(new RelAlbum(albumId, a, "Album " + albumId, 1970 + b));
                for (int t = 1; t <= tracksEach; t++) {
                    tracks.add(new RelTrack(albumId * 100 + t, albumId, t, "Track " + t, t % 2 == 0 ? "Rock" : null));
                }
            }
        }
        return new RelCatalog(artists, albums, tracks);
    }

    /** Inserts the catalogue into empty tables; returns it. */
    public RelCatalog insert(Database db) {
        db.insertInto(REL_ARTIST).values(artists).execute();
        db.insertInto(REL_ALBUM).values(albums).execute();
        db.insertInto(REL_TRACK).values(tracks).execute();
        return this;
    }

    /** The albums of {@code artistId}, by id. */
    public List<RelAlbum> albumsOf(long artistId) {
        return albums.stream().filter(a -> a.artistId() == artistId).toList();
    }

    /** The tracks of {@code albumId}, by id. */
    public List<RelTrack> tracksOf(long albumId) {
        return tracks.stream().filter(t -> t.albumId() != null && t.albumId() == albumId).toList();
    }

    /** The album with {@code id}. */
    public RelAlbum album(long id) {
        return albums.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** The artist with {@code id}. */
    public RelArtist artist(long id) {
        return artists.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }
}
