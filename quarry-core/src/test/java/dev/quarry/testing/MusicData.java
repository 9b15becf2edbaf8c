package dev.quarry.testing;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.TrackTable.TRACK;

import dev.quarry.Database;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A small music catalogue written by a test and kept as Java records, so expected results are computed from the same
 * data the database holds. It has what the contract tests need: non-ASCII and supplementary characters, NULLs in
 * several columns, an artist without albums, an album without tracks, tracks without an album, ties in prices and
 * ratings, and LIKE wildcards inside a name.
 *
 * @param artists the artists as stored (with their generated keys)
 * @param albums  the albums
 * @param tracks  the tracks
 */
public record MusicData(List<Artist> artists, List<Album> albums, List<Track> tracks) {

    /** The tables it fills, parents first. */
    public static final Table<?>[] TABLES = {ARTIST, ALBUM, TRACK};

    /** Inserts the catalogue into empty tables (see {@link #TABLES}) and returns it as stored. */
    public static MusicData insert(Database db) {
        List<Artist> newArtists = List.of(
                new Artist(0, "AC/DC", "Australia"),
                new Artist(0, "Beyoncé", "USA"),
                new Artist(0, "Sigur Rós", "Iceland"),
                new Artist(0, "Ólafur Arnalds", null),
                new Artist(0, "Queen", "UK"),
                new Artist(0, "The Nobodies", null));
        db.insertInto(ARTIST).values(newArtists).execute();
        Map<String, Artist> byName = db.selectFrom(ARTIST).fetch().stream()
                .collect(Collectors.toMap(Artist::name, Function.identity()));
        List<Artist> artists = newArtists.stream().map(a -> byName.get(a.name())).toList();
        if (artists.contains(null)) {
            throw new IllegalStateException("inserted artists did not read back by name: " + byName.keySet());
        }
        long acdc = byName.get("AC/DC").id();
        long beyonce = byName.get("Beyoncé").id();
        long sigurRos = byName.get("Sigur Rós").id();
        long olafur = byName.get("Ólafur Arnalds").id();
        long queen = byName.get("Queen").id();

        List<Album> albums = List.of(
                new Album(11, acdc, "Back in Black", LocalDate.of(1980, 7, 25), money("9.99")),
                new Album(12, acdc, "Highway to Hell", LocalDate.of(1979, 7, 27), money("8.99")),
                new Album(13, beyonce, "Lemonade", LocalDate.of(2016, 4, 23), money("12.49")),
                new Album(14, sigurRos, "Ágætis byrjun", LocalDate.of(1999, 6, 12), money("10.00")),
                new Album(15, sigurRos, "Takk...", null, money("10.00")),
                new Album(16, olafur, "re:member", LocalDate.of(2018, 8, 24), money("11.50")),
                new Album(17, queen, "A Night at the Opera", LocalDate.of(1975, 11, 21), money("9.99")));
        db.insertInto(ALBUM).values(albums).execute();

        List<Track> tracks = List.of(
                track(101, 11L, 1, "Hells Bells", "Rock", 312_000, 5, "0.99"),
                track(102, 11L, 2, "Shoot to Thrill", "Rock", 317_000, 4, "0.99"),
                track(103, 11L, 3, "Back in Black", "Rock", 255_000, 5, "0.99"),
                track(104, 12L, 1, "Highway to Hell", "Rock", 208_000, 5, "0.99"),
                track(105, 12L, 2, "Touch Too Much", "Rock", 266_000, null, "0.99"),
                track(106, 13L, 1, "Formation", "R&B", 206_000, 4, "1.29"),
                track(107, 13L, 2, "Sorry", "R&B", 233_000, 3, "1.29"),
                track(108, 13L, 3, "Hold Up", null, 221_000, null, "1.29"),
                track(109, 14L, 1, "Svefn-g-englar", "Post-rock", 604_000, 5, "1.29"),
                track(110, 14L, 2, "Starálfur", "Post-rock", 407_000, 4, "1.29"),
                track(111, 14L, 3, "Hjartað hamast", "Post-rock", 431_000, null, "1.29"),
                track(112, 16L, 1, "Brim", "Ambient", 120_000, 3, "0.99"),
                track(113, 16L, 2, "Saman", "Ambient", 180_000, 4, "0.99"),
                track(114, 16L, 3, "\uD834\uDD1E Ýmir", "Ambient", 99_000, null, "0.99"),
                track(115, 17L, 1, "Death on Two Legs", "Rock", 223_000, 4, "0.99"),
                track(116, 17L, 2, "You're My Best Friend", "Rock", 172_000, 4, "0.99"),
                track(117, 17L, 3, "Love of My Life", null, 219_000, 5, "0.99"),
                track(118, 17L, 4, "Bohemian Rhapsody", "Rock", 355_000, 5, "1.29"),
                track(119, null, 1, "Untitled 100% _demo_", null, 61_000, 1, "0.00"),
                track(120, null, 1, "Title Track", "Folk", 150_000, 2, "0.99"));
        db.insertInto(TRACK).values(tracks).execute();
        return new MusicData(artists, albums, tracks);
    }

    private static Track track(long id, Long album, int position, String name, String genre, int ms, Integer rating,
                               String price) {
        return new Track(id, album, position, name, genre, ms, rating, money(price));
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    /** The artist named {@code name}. */
    public Artist artist(String name) {
        return artists.stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** The album with {@code id}. */
    public Album album(long id) {
        return albums.stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** The tracks matching {@code p}, by id. */
    public List<Track> tracks(Predicate<Track> p) {
        return tracks.stream().filter(p).sorted(Comparator.comparingLong(Track::id)).toList();
    }

    /** The tracks of album {@code albumId}, by id. */
    public List<Track> tracksOf(long albumId) {
        return tracks(t -> t.albumId() != null && t.albumId() == albumId);
    }

    /** The albums of artist {@code artistId}, by id. */
    public List<Album> albumsOf(long artistId) {
        return albums.stream().filter(a -> a.artistId() == artistId).sorted(Comparator.comparingLong(Album::id))
                .toList();
    }

    /** {@code items} sorted by {@code order}, as a new list. */
    public static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return copy;
    }
}
