package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.CustomerTable.CUSTOMER;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static dev.quarry.examples.chinook.GenreTable.GENRE;
import static dev.quarry.examples.chinook.InvoiceLineTable.INVOICE_LINE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.PlaylistTable.PLAYLIST;
import static dev.quarry.examples.chinook.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static dev.quarry.query.Dsl.coalesce;
import static dev.quarry.query.Dsl.concat;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.exists;
import static dev.quarry.query.Dsl.max;
import static dev.quarry.query.Dsl.ref;
import static dev.quarry.query.Dsl.scalar;
import static dev.quarry.query.Dsl.select;
import static dev.quarry.query.Dsl.selectOne;
import static dev.quarry.query.Dsl.sum;
import static dev.quarry.query.Dsl.val;
import static dev.quarry.query.Dsl.year;

import dev.quarry.Database;
import dev.quarry.query.Aliased;
import dev.quarry.query.DecimalExpression;
import dev.quarry.query.Window;
import dev.quarry.query.Tuple2;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Twenty questions an application asks the Chinook store, each one DSL query that runs unchanged on SQLite,
 * PostgreSQL and MariaDB. Every list comes in a total order (ties broken by key), so the same data gives the same
 * list everywhere.
 *
 * <p>Thread-safe as the {@link Database} it wraps.
 */
public final class ChinookQueries {
    /** An invoice line's revenue, {@code UnitPrice * Quantity}: a decimal times an int is an exact decimal. */
    static final DecimalExpression LINE_REVENUE = INVOICE_LINE.unitPrice.times(INVOICE_LINE.quantity);

    private final Database db;

    /** Queries on {@code db}, which holds the Chinook tables. */
    public ChinookQueries(Database db) {
        this.db = db;
    }

    /** 1. Lookup by key: the artist with {@code artistId}. */
    public Optional<Artist> artistById(long artistId) {
        return db.selectFrom(ARTIST).where(ARTIST.artistId.eq(artistId)).fetchOptional();
    }

    /** 2. Two-table join: the titles of the albums of the artist named {@code artistName}, alphabetically. */
    public List<String> albumTitlesOf(String artistName) {
        return db.select(ALBUM.title).from(ALBUM)
                .join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .where(ARTIST.name.eq(artistName))
                .orderBy(ALBUM.title.asc(), ALBUM.albumId.asc())
                .fetch();
    }

    /** 3. LIKE: the tracks whose name matches {@code pattern} ({@code %} and {@code _} wildcards), by key. */
    public List<Track> tracksNamedLike(String pattern) {
        return db.selectFrom(TRACK).where(TRACK.name.like(pattern)).orderBy(TRACK.trackId.asc()).fetch();
    }

    /** 4. IN: the customers living in one of {@code countries}, by key. */
    public List<Customer> customersIn(Collection<String> countries) {
        return db.selectFrom(CUSTOMER).where(CUSTOMER.country.in(countries)).orderBy(CUSTOMER.customerId.asc())
                .fetch();
    }

    /** 5. Four-table join: a track with its album, artist and (possibly missing) genre. */
    public Optional<TrackDetails> trackDetails(long trackId) {
        return db.select(TRACK.trackId, TRACK.name, ALBUM.title, ARTIST.name, GENRE.name)
                .from(TRACK)
                .join(ALBUM).on(ALBUM.albumId.eq(TRACK.albumId))
                .join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .leftJoin(GENRE).on(GENRE.genreId.eq(TRACK.genreId))
                .where(TRACK.trackId.eq(trackId))
                .into(TrackDetails.class)
                .fetchOptional();
    }

    /** 6. Three-table join: the lines of invoice {@code invoiceId} with track and album names, in line order. */
    public List<LineItem> lineItems(long invoiceId) {
        return db.select(INVOICE_LINE.invoiceLineId, TRACK.name, ALBUM.title, INVOICE_LINE.unitPrice,
                        INVOICE_LINE.quantity)
                .from(INVOICE_LINE)
                .join(TRACK).on(TRACK.trackId.eq(INVOICE_LINE.trackId))
                .leftJoin(ALBUM).on(ALBUM.albumId.eq(TRACK.albumId))
                .where(INVOICE_LINE.invoiceId.eq(invoiceId))
                .orderBy(INVOICE_LINE.invoiceLineId.asc())
                .into(LineItem.class)
                .fetch();
    }

    /** 7. GROUP BY with HAVING: genres with more than {@code minTracks} tracks, biggest first. */
    public List<Tuple2<String, Long>> genresWithMoreTracksThan(long minTracks) {
        Aliased<Long> tracks = count().as("tracks");
        return db.select(GENRE.name, tracks)
                .from(GENRE)
                .join(TRACK).on(TRACK.genreId.eq(GENRE.genreId))
                .groupBy(GENRE.genreId, GENRE.name)
                .having(count().gt(minTracks))
                .orderBy(ref("tracks", tracks.type()).desc(), GENRE.name.asc())
                .fetch();
    }

    /** 8. Pagination: page {@code page} (from 0) of {@code size} tracks in name order. */
    public List<Track> tracksPage(int page, int size) {
        return db.selectFrom(TRACK)
                .orderBy(TRACK.name.asc(), TRACK.trackId.asc())
                .limit(size).offset((long) page * size)
                .fetch();
    }

    /** 9. Correlated subquery: each customer's latest invoice(s), by customer then invoice. */
    public List<Invoice> latestInvoiceOfEachCustomer() {
        InvoiceTable later = INVOICE.as("later");
        return db.selectFrom(INVOICE)
                .where(INVOICE.invoiceDate.eq(scalar(select(max(later.invoiceDate)).from(later)
                        .where(later.customerId.eq(INVOICE.customerId)))))
                .orderBy(INVOICE.customerId.asc(), INVOICE.invoiceId.asc())
                .fetch();
    }

    /** 10. EXISTS: the customers who bought at least one track of genre {@code genreName}, by key. */
    public List<Customer> customersWhoBoughtGenre(String genreName) {
        return db.selectFrom(CUSTOMER)
                .where(exists(selectOne().from(INVOICE)
                        .join(INVOICE_LINE).on(INVOICE_LINE.invoiceId.eq(INVOICE.invoiceId))
                        .join(TRACK).on(TRACK.trackId.eq(INVOICE_LINE.trackId))
                        .join(GENRE).on(GENRE.genreId.eq(TRACK.genreId))
                        .where(INVOICE.customerId.eq(CUSTOMER.customerId), GENRE.name.eq(genreName))))
                .orderBy(CUSTOMER.customerId.asc())
                .fetch();
    }

    /** 11. LEFT JOIN with missing rows: the artists with no album in the catalogue, by key. */
    public List<Artist> artistsWithoutAlbums() {
        return db.selectFrom(ARTIST)
                .leftJoin(ALBUM).on(ALBUM.artistId.eq(ARTIST.artistId))
                .where(ALBUM.albumId.isNull())
                .orderBy(ARTIST.artistId.asc())
                .fetch();
    }

    /** 12. DISTINCT: every country invoices were billed to, alphabetically. */
    public List<String> billingCountries() {
        return db.select(INVOICE.billingCountry).from(INVOICE).distinct()
                .orderBy(INVOICE.billingCountry.asc())
                .fetch();
    }

    /** 13. Window function: a customer's invoices with the running total of what they spent. */
    public List<RunningTotal> runningTotals(long customerId) {
        return db.select(INVOICE.invoiceId, INVOICE.invoiceDate, INVOICE.total,
                        sum(INVOICE.total).over(Window.orderBy(INVOICE.invoiceDate.asc(), INVOICE.invoiceId.asc())))
                .from(INVOICE)
                .where(INVOICE.customerId.eq(customerId))
                .orderBy(INVOICE.invoiceDate.asc(), INVOICE.invoiceId.asc())
                .into(RunningTotal.class)
                .fetch();
    }

    /** 14. Date range: the invoices billed from {@code from} (included) to {@code until} (excluded). */
    public List<Invoice> invoicesBetween(LocalDate from, LocalDate until) {
        return db.selectFrom(INVOICE)
                .where(INVOICE.invoiceDate.ge(from.atStartOfDay()), INVOICE.invoiceDate.lt(until.atStartOfDay()))
                .orderBy(INVOICE.invoiceDate.asc(), INVOICE.invoiceId.asc())
                .fetch();
    }

    /** 15. Case-insensitive search: the artists whose name contains {@code text} in any case, by key. */
    public List<Artist> searchArtists(String text) {
        return db.selectFrom(ARTIST).where(ARTIST.name.containsIgnoreCase(text)).orderBy(ARTIST.artistId.asc())
                .fetch();
    }

    /** 16. NULL handling: every customer's company, private customers (NULL company) last, labelled. */
    public List<CustomerCompany> customersByCompany() {
        return db.select(CUSTOMER.customerId, CUSTOMER.company, coalesce(CUSTOMER.company, "(private)"))
                .from(CUSTOMER)
                .orderBy(CUSTOMER.company.asc().nullsLast(), CUSTOMER.customerId.asc())
                .into(CustomerCompany.class)
                .fetch();
    }

    /** 17. Self-join: each employee with the manager they report to (none for the general manager). */
    public List<EmployeeManager> employeesWithManagers() {
        EmployeeTable manager = EMPLOYEE.as("manager");
        return db.select(EMPLOYEE.employeeId, concat(EMPLOYEE.firstName, val(" "), EMPLOYEE.lastName),
                        concat(manager.firstName, val(" "), manager.lastName))
                .from(EMPLOYEE)
                .leftJoin(manager).on(manager.employeeId.eq(EMPLOYEE.reportsTo))
                .orderBy(EMPLOYEE.employeeId.asc())
                .into(EmployeeManager.class)
                .fetch();
    }

    /** 18. Top sellers: the {@code limit} artists whose tracks earned most (unit price times quantity). */
    public List<ArtistRevenue> topArtistsByRevenue(int limit) {
        Aliased<BigDecimal> revenue = sum(LINE_REVENUE).as("revenue");
        return db.select(ARTIST.artistId, ARTIST.name, revenue)
                .from(INVOICE_LINE)
                .join(TRACK).on(TRACK.trackId.eq(INVOICE_LINE.trackId))
                .join(ALBUM).on(ALBUM.albumId.eq(TRACK.albumId))
                .join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .groupBy(ARTIST.artistId, ARTIST.name)
                .orderBy(ref("revenue", revenue.type()).desc(), ARTIST.artistId.asc())
                .limit(limit)
                .into(ArtistRevenue.class)
                .fetch();
    }

    /**
     * 19. Revenue per billing country and calendar year ({@code year(InvoiceDate)}), for the years {@code firstYear}
     * to {@code lastYear}, by country then year. The range is also a condition on the date itself, so each database
     * can use an index on it.
     */
    public List<CountryYearRevenue> revenueByCountryAndYear(int firstYear, int lastYear) {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
        Aliased<Integer> year = year(INVOICE.invoiceDate).as("invoice_year");
        Aliased<BigDecimal> revenue = sum(INVOICE.total).as("revenue");
        return db.select(INVOICE.billingCountry, year, count(), revenue)
                .from(INVOICE)
                .where(INVOICE.invoiceDate.ge(LocalDate.of(firstYear, 1, 1).atStartOfDay()),
                        INVOICE.invoiceDate.lt(LocalDate.of(lastYear + 1, 1, 1).atStartOfDay()))
                .groupBy(INVOICE.billingCountry, ref("invoice_year", year.type()))
                .orderBy(INVOICE.billingCountry.asc(), ref("invoice_year", year.type()).asc())
                .into(CountryYearRevenue.class)
                .fetch();
    }

    /** 20. The {@code limit} longest playlists: most tracks first, then longest total duration. */
    public List<PlaylistLength> longestPlaylists(int limit) {
        Aliased<Long> tracks = count().as("tracks");
        Aliased<Long> duration = sum(TRACK.milliseconds).as("duration");
        return db.select(PLAYLIST.playlistId, PLAYLIST.name, tracks, duration)
                .from(PLAYLIST)
                .join(PLAYLIST_TRACK).on(PLAYLIST_TRACK.playlistId.eq(PLAYLIST.playlistId))
                .join(TRACK).on(TRACK.trackId.eq(PLAYLIST_TRACK.trackId))
                .groupBy(PLAYLIST.playlistId, PLAYLIST.name)
                .orderBy(ref("tracks", tracks.type()).desc(), ref("duration", duration.type()).desc(),
                        PLAYLIST.playlistId.asc())
                .limit(limit)
                .into(PlaylistLength.class)
                .fetch();
    }
}
