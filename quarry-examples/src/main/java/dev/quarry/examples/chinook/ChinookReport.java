package dev.quarry.examples.chinook;

import dev.quarry.Database;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Chinook report the demo prints: loads the dataset into the database if it is not there yet, then answers
 * three questions in a few lines each (top-selling artists with the size of their catalogue, loaded through
 * {@link ChinookRelations}; revenue per country and year; longest playlists).
 * Numbers print the same in every locale ({@link Locale#ROOT}). Not thread-safe: one run prints to one stream.
 */
public final class ChinookReport {
    /** The years Chinook's invoices cover (2021-01-01 to 2025-12-22). */
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    private final Database db;
    private final PrintStream out;

    /** A report on {@code db}, printed to {@code out}. */
    public ChinookReport(Database db, PrintStream out) {
        this.db = db;
        this.out = out;
    }

    /** Loads the dataset if absent and prints the answers. */
    public void run() {
        out.println("== Chinook music store on " + db.dialectName());
        Optional<LoadReport> load = new ChinookLoader(db).loadIfAbsent();
        out.println(load.map(r -> "loaded " + r.totalRows() + " rows into 11 tables in " + millis(r.elapsed()))
                .orElse("dataset already loaded"));
        ChinookQueries queries = new ChinookQueries(db);

        out.println("top-selling artists (invoice line revenue; albums and tracks in the catalogue):");
        List<ArtistRevenue> top = queries.topArtistsByRevenue(5);
        Map<Long, ArtistWithAlbums> catalogue = new ChinookCatalogue(db)
                .artistsById(top.stream().map(ArtistRevenue::artistId).toList());
        for (ArtistRevenue a : top) {
            ArtistWithAlbums c = catalogue.get(a.artistId());
            out.printf(Locale.ROOT, "  %-24s $%8s %3d albums %4d tracks%n", a.name(), a.revenue(),
                    c.albums().size(), c.trackCount());
        }

        out.println("revenue per country and year, top 3 countries (" + FIRST_YEAR + ".." + LAST_YEAR + "):");
        printTopCountries(queries.revenueByCountryAndYear(FIRST_YEAR, LAST_YEAR), 3);

        out.println("longest playlists (tracks, total duration):");
        for (PlaylistLength p : queries.longestPlaylists(3)) {
            out.printf(Locale.ROOT, "  #%-3d %-22s %5d tracks %6.1f h%n", p.playlistId(), p.name(), p.tracks(),
                    p.milliseconds() / 3_600_000.0);
        }
    }

    /** One line per country, its years side by side; countries ranked by their revenue over all years. */
    private void printTopCountries(List<CountryYearRevenue> rows, int top) {
        Map<String, List<CountryYearRevenue>> byCountry = rows.stream()
                .collect(Collectors.groupingBy(CountryYearRevenue::country, LinkedHashMap::new, Collectors.toList()));
        byCountry.entrySet().stream()
                .sorted((a, b) -> total(b.getValue()).compareTo(total(a.getValue())))
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "  %-8s $%8s = %s%n", e.getKey(), total(e.getValue()),
                        e.getValue().stream().map(r -> r.year() + ": " + r.revenue())
                                .collect(Collectors.joining(", "))));
    }

    private static BigDecimal total(List<CountryYearRevenue> rows) {
        return rows.stream().map(CountryYearRevenue::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }
}
