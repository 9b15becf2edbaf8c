package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.CustomerTable.CUSTOMER;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.query.RawSql;
import dev.quarry.query.Tuple2;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The twenty {@link ChinookQueries} on every database: each gives the expected answer, the same everywhere, and
 * the same as the query written by hand in SQL ({@code db.sql(...)}), written once with {@link Brackets} for
 * quoting and, only where SQL itself differs, per database.
 */
class ChinookQueriesTest {
    private static final Map<TestTarget, LoadReport> LOADS = ChinookScopes.perClass();
    private static final DataType<BigDecimal> MONEY = DataType.decimal(10, 2);

    private Quarry db;
    private TestTarget target;
    private ChinookQueries queries;

    private void on(TestDb t) {
        db = ChinookScopes.loaded(t, LOADS);
        target = t.target();
        queries = new ChinookQueries(db);
    }

    private RawSql sql(String bracketed, Object... args) {
        return db.sql(Brackets.quoted(target, bracketed), args);
    }

    @AllDatabases
    void artistByIdFindsOneArtistOrNone(TestDb t) {
        on(t);
        assertThat(queries.artistById(22)).contains(new Artist(22, "Led Zeppelin"));
        assertThat(queries.artistById(9999)).isEmpty();
        assertThat(sql("SELECT * FROM [Artist] WHERE [ArtistId] = ?", 22L).fetchInto(ARTIST))
                .containsExactly(queries.artistById(22).orElseThrow());
    }

    @AllDatabases
    void albumTitlesOfAnArtistJoinAlbumToArtist(TestDb t) {
        on(t);
        List<String> titles = queries.albumTitlesOf("Iron Maiden");
        assertThat(titles).hasSize(21).startsWith("A Matter of Life and Death").endsWith("Virtual XI");
        assertThat(sql("SELECT [Album].[Title] FROM [Album] JOIN [Artist] ON [Artist].[ArtistId] = [Album].[ArtistId]"
                + " WHERE [Artist].[Name] = ? ORDER BY [Album].[Title], [Album].[AlbumId]", "Iron Maiden")
                .fetch(r -> r.get(0, DataType.STRING))).isEqualTo(titles);
    }

    @AllDatabases
    void tracksNamedLikeAPatternMatchTheWildcards(TestDb t) {
        on(t);
        List<Track> tracks = queries.tracksNamedLike("Love%");
        assertThat(tracks).hasSize(27).allSatisfy(tr -> assertThat(tr.name()).startsWith("Love"));
        assertThat(sql("SELECT * FROM [Track] WHERE [Name] LIKE ? ORDER BY [TrackId]", "Love%").fetchInto(TRACK))
                .isEqualTo(tracks);
    }

    @AllDatabases
    void customersInCountriesMatchTheInList(TestDb t) {
        on(t);
        List<Customer> customers = queries.customersIn(List.of("Brazil", "Canada"));
        assertThat(customers).extracting(Customer::customerId)
                .containsExactly(1L, 3L, 10L, 11L, 12L, 13L, 14L, 15L, 29L, 30L, 31L, 32L, 33L);
        assertThat(sql("SELECT * FROM [Customer] WHERE [Country] IN (?, ?) ORDER BY [CustomerId]", "Brazil", "Canada")
                .fetchInto(CUSTOMER)).isEqualTo(customers);
    }

    @AllDatabases
    void trackDetailsJoinFourTables(TestDb t) {
        on(t);
        TrackDetails d = queries.trackDetails(3435).orElseThrow();
        assertThat(d).isEqualTo(new TrackDetails(3435, "Cavalleria Rusticana \\ Act \\ Intermezzo Sinfonico",
                "Mascagni: Cavalleria Rusticana", "James Levine", "Classical"));
        assertThat(sql("SELECT [Track].[TrackId], [Track].[Name], [Album].[Title], [Artist].[Name], [Genre].[Name]"
                + " FROM [Track] JOIN [Album] ON [Album].[AlbumId] = [Track].[AlbumId]"
                + " JOIN [Artist] ON [Artist].[ArtistId] = [Album].[ArtistId]"
                + " LEFT JOIN [Genre] ON [Genre].[GenreId] = [Track].[GenreId] WHERE [Track].[TrackId] = ?", 3435L)
                .fetch(r -> new TrackDetails(r.getLong(0), r.get(1, DataType.STRING), r.get(2, DataType.STRING),
                        r.get(3, DataType.STRING), r.get(4, DataType.STRING)))).containsExactly(d);
    }

    @AllDatabases
    void lineItemsOfAnInvoiceJoinThreeTables(TestDb t) {
        on(t);
        List<LineItem> items = queries.lineItems(1);
        assertThat(items).containsExactly(
                new LineItem(1, "Balls to the Wall", "Balls to the Wall", new BigDecimal("0.99"), 1),
                new LineItem(2, "Restless and Wild", "Restless and Wild", new BigDecimal("0.99"), 1));
        assertThat(sql("SELECT [InvoiceLine].[InvoiceLineId], [Track].[Name], [Album].[Title],"
                + " [InvoiceLine].[UnitPrice], [InvoiceLine].[Quantity] FROM [InvoiceLine]"
                + " JOIN [Track] ON [Track].[TrackId] = [InvoiceLine].[TrackId]"
                + " LEFT JOIN [Album] ON [Album].[AlbumId] = [Track].[AlbumId]"
                + " WHERE [InvoiceLine].[InvoiceId] = ? ORDER BY [InvoiceLine].[InvoiceLineId]", 1L)
                .fetch(r -> new LineItem(r.getLong(0), r.get(1, DataType.STRING), r.get(2, DataType.STRING),
                        r.get(3, MONEY), r.getInt(4)))).isEqualTo(items);
    }

    @AllDatabases
    void genresWithManyTracksGroupWithHaving(TestDb t) {
        on(t);
        List<Tuple2<String, Long>> genres = queries.genresWithMoreTracksThan(100);
        assertThat(genres).containsExactly(new Tuple2<>("Rock", 1297L), new Tuple2<>("Latin", 579L),
                new Tuple2<>("Metal", 374L), new Tuple2<>("Alternative & Punk", 332L), new Tuple2<>("Jazz", 130L));
        assertThat(sql("SELECT [Genre].[Name], COUNT(*) AS tracks FROM [Genre]"
                + " JOIN [Track] ON [Track].[GenreId] = [Genre].[GenreId] GROUP BY [Genre].[GenreId], [Genre].[Name]"
                + " HAVING COUNT(*) > ? ORDER BY tracks DESC, [Genre].[Name]", 100L)
                .fetch(r -> new Tuple2<>(r.get(0, DataType.STRING), r.getLong(1)))).isEqualTo(genres);
    }

    @AllDatabases
    void tracksPageSkipsEarlierPagesInNameOrder(TestDb t) {
        on(t);
        List<Track> page = queries.tracksPage(3, 5);
        assertThat(page).extracting(Track::trackId).containsExactly(1894L, 2906L, 3166L, 1268L, 1269L);
        assertThat(queries.tracksPage(700, 5)).extracting(Track::trackId).containsExactly(2078L, 1073L, 1077L);
        assertThat(queries.tracksPage(701, 5)).isEmpty();
        assertThat(sql("SELECT * FROM [Track] ORDER BY [Name], [TrackId] LIMIT ? OFFSET ?", 5L, 15L)
                .fetchInto(TRACK)).isEqualTo(page);
    }

    @AllDatabases
    void latestInvoiceOfEachCustomerUsesACorrelatedSubquery(TestDb t) {
        on(t);
        List<Invoice> latest = queries.latestInvoiceOfEachCustomer();
        assertThat(latest).hasSize(59).extracting(Invoice::invoiceId).startsWith(382L, 293L, 391L);
        assertThat(latest).extracting(Invoice::customerId).doesNotHaveDuplicates();
        assertThat(sql("SELECT * FROM [Invoice] WHERE [InvoiceDate] = (SELECT MAX([later].[InvoiceDate])"
                + " FROM [Invoice] [later] WHERE [later].[CustomerId] = [Invoice].[CustomerId])"
                + " ORDER BY [CustomerId], [InvoiceId]").fetchInto(INVOICE)).isEqualTo(latest);
    }

    @AllDatabases
    void customersWhoBoughtAGenreAreFoundWithExists(TestDb t) {
        on(t);
        List<Customer> jazzFans = queries.customersWhoBoughtGenre("Jazz");
        assertThat(jazzFans).hasSize(32).extracting(Customer::customerId).startsWith(3L, 5L, 7L, 14L, 16L);
        assertThat(queries.customersWhoBoughtGenre("Polka")).isEmpty();
        assertThat(sql("SELECT * FROM [Customer] WHERE EXISTS (SELECT 1 FROM [Invoice]"
                + " JOIN [InvoiceLine] ON [InvoiceLine].[InvoiceId] = [Invoice].[InvoiceId]"
                + " JOIN [Track] ON [Track].[TrackId] = [InvoiceLine].[TrackId]"
                + " JOIN [Genre] ON [Genre].[GenreId] = [Track].[GenreId]"
                + " WHERE [Invoice].[CustomerId] = [Customer].[CustomerId] AND [Genre].[Name] = ?)"
                + " ORDER BY [CustomerId]", "Jazz").fetchInto(CUSTOMER)).isEqualTo(jazzFans);
    }

    @AllDatabases
    void artistsWithoutAlbumsAreTheLeftJoinsMissingRows(TestDb t) {
        on(t);
        List<Artist> none = queries.artistsWithoutAlbums();
        assertThat(none).hasSize(71).extracting(Artist::artistId).startsWith(25L, 26L, 28L, 29L, 30L);
        assertThat(sql("SELECT [Artist].* FROM [Artist] LEFT JOIN [Album] ON [Album].[ArtistId] = [Artist].[ArtistId]"
                + " WHERE [Album].[AlbumId] IS NULL ORDER BY [Artist].[ArtistId]").fetchInto(ARTIST)).isEqualTo(none);
    }

    @AllDatabases
    void billingCountriesAreDistinct(TestDb t) {
        on(t);
        List<String> countries = queries.billingCountries();
        assertThat(countries).hasSize(24).doesNotHaveDuplicates().startsWith("Argentina", "Australia")
                .endsWith("USA", "United Kingdom");
        assertThat(sql("SELECT DISTINCT [BillingCountry] FROM [Invoice] ORDER BY [BillingCountry]")
                .fetch(r -> r.get(0, DataType.STRING))).isEqualTo(countries);
    }

    @AllDatabases
    void runningTotalsUseAWindowFunction(TestDb t) {
        on(t);
        List<RunningTotal> totals = queries.runningTotals(5);
        assertThat(totals).hasSize(7);
        assertThat(totals.get(0)).isEqualTo(new RunningTotal(77, LocalDateTime.of(2021, 12, 8, 0, 0),
                new BigDecimal("1.98"), new BigDecimal("1.98")));
        assertThat(totals.get(6).spentSoFar()).isEqualTo(new BigDecimal("40.62"));
        assertThat(sql("SELECT [InvoiceId], [InvoiceDate], [Total],"
                + " SUM([Total]) OVER (ORDER BY [InvoiceDate], [InvoiceId]) FROM [Invoice]"
                + " WHERE [CustomerId] = ? ORDER BY [InvoiceDate], [InvoiceId]", 5L)
                .fetch(r -> new RunningTotal(r.getLong(0), r.get(1, DataType.LOCAL_DATE_TIME), r.get(2, MONEY),
                        r.get(3, MONEY)))).isEqualTo(totals);
    }

    @AllDatabases
    void invoicesBetweenTwoDatesIncludeTheFirstDayAndExcludeTheLast(TestDb t) {
        on(t);
        List<Invoice> january = queries.invoicesBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1));
        assertThat(january).extracting(Invoice::invoiceId).containsExactly(167L, 168L, 169L, 170L, 171L, 172L, 173L);
        assertThat(queries.invoicesBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 2)))
                .extracting(Invoice::invoiceId).containsExactly(1L);
        assertThat(sql("SELECT * FROM [Invoice] WHERE [InvoiceDate] >= ? AND [InvoiceDate] < ?"
                        + " ORDER BY [InvoiceDate], [InvoiceId]",
                LocalDateTime.of(2023, 1, 1, 0, 0), LocalDateTime.of(2023, 2, 1, 0, 0)).fetchInto(INVOICE))
                .isEqualTo(january);
    }

    @AllDatabases
    void searchArtistsIgnoresCase(TestDb t) {
        on(t);
        List<Artist> found = queries.searchArtists("BLACK");
        assertThat(found).extracting(Artist::artistId).containsExactly(11L, 12L, 38L, 137L, 169L);
        assertThat(sql("SELECT * FROM [Artist] WHERE LOWER([Name]) LIKE LOWER(?) ORDER BY [ArtistId]", "%BLACK%")
                .fetchInto(ARTIST)).isEqualTo(found);
    }

    @AllDatabases
    void customersByCompanyPutPrivateCustomersLast(TestDb t) {
        on(t);
        List<CustomerCompany> all = queries.customersByCompany();
        assertThat(all).hasSize(59);
        assertThat(all.get(0)).isEqualTo(new CustomerCompany(19, "Apple Inc.", "Apple Inc."));
        assertThat(all.subList(10, 59)).allSatisfy(c -> {
            assertThat(c.company()).isNull();
            assertThat(c.label()).isEqualTo("(private)");
        });
        // MariaDB has no NULLS LAST; "IS NULL" first sorts NULLs last on all three.
        assertThat(sql("SELECT [CustomerId], [Company], COALESCE([Company], ?) FROM [Customer]"
                + " ORDER BY [Company] IS NULL, [Company], [CustomerId]", "(private)")
                .fetch(r -> new CustomerCompany(r.getLong(0), r.get(1, DataType.STRING), r.get(2, DataType.STRING))))
                .isEqualTo(all);
    }

    @AllDatabases
    void employeesWithManagersJoinTheTableToItself(TestDb t) {
        on(t);
        List<EmployeeManager> staff = queries.employeesWithManagers();
        assertThat(staff).hasSize(8);
        assertThat(staff.get(0)).isEqualTo(new EmployeeManager(1, "Andrew Adams", null));
        assertThat(staff.get(7)).isEqualTo(new EmployeeManager(8, "Laura Callahan", "Michael Mitchell"));
        // Text concatenation is spelled differently: || (SQLite, PostgreSQL; PostgreSQL's CONCAT() skips NULLs),
        // CONCAT() on MariaDB, where || is a logical OR (https://mariadb.com/kb/en/concat/).
        String name = target == TestTarget.MARIADB ? "CONCAT([%1$s].[FirstName], ' ', [%1$s].[LastName])"
                : "[%1$s].[FirstName] || ' ' || [%1$s].[LastName]";
        assertThat(sql("SELECT [Employee].[EmployeeId], " + String.format(name, "Employee") + ", "
                + String.format(name, "manager") + " FROM [Employee] LEFT JOIN [Employee] [manager]"
                + " ON [manager].[EmployeeId] = [Employee].[ReportsTo] ORDER BY [Employee].[EmployeeId]")
                .fetch(r -> new EmployeeManager(r.getLong(0), r.get(1, DataType.STRING), r.get(2, DataType.STRING))))
                .isEqualTo(staff);
    }

    @AllDatabases
    void topArtistsByRevenueSumPriceTimesQuantity(TestDb t) {
        on(t);
        List<ArtistRevenue> top = queries.topArtistsByRevenue(5);
        assertThat(top).containsExactly(new ArtistRevenue(90, "Iron Maiden", new BigDecimal("138.60")),
                new ArtistRevenue(150, "U2", new BigDecimal("105.93")),
                new ArtistRevenue(50, "Metallica", new BigDecimal("90.09")),
                new ArtistRevenue(22, "Led Zeppelin", new BigDecimal("86.13")),
                new ArtistRevenue(149, "Lost", new BigDecimal("81.59")));
        assertThat(sql("SELECT [Artist].[ArtistId], [Artist].[Name],"
                + " SUM([InvoiceLine].[UnitPrice] * [InvoiceLine].[Quantity]) AS revenue FROM [InvoiceLine]"
                + " JOIN [Track] ON [Track].[TrackId] = [InvoiceLine].[TrackId]"
                + " JOIN [Album] ON [Album].[AlbumId] = [Track].[AlbumId]"
                + " JOIN [Artist] ON [Artist].[ArtistId] = [Album].[ArtistId]"
                + " GROUP BY [Artist].[ArtistId], [Artist].[Name] ORDER BY revenue DESC, [Artist].[ArtistId] LIMIT ?", 5L)
                .fetch(r -> new ArtistRevenue(r.getLong(0), r.get(1, DataType.STRING), r.get(2, MONEY))))
                .isEqualTo(top);
    }

    @AllDatabases
    void revenueByCountryAndYearMatchesEachDatabasesOwnYearFunction(TestDb t) {
        on(t);
        List<CountryYearRevenue> rows = queries.revenueByCountryAndYear(2021, 2025);
        assertThat(rows).hasSize(101);
        assertThat(rows.stream().map(CountryYearRevenue::revenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("2328.60"));
        assertThat(rows.stream().filter(r -> r.country().equals("USA")).map(CountryYearRevenue::revenue))
                .containsExactly(new BigDecimal("103.95"), new BigDecimal("102.98"), new BigDecimal("103.01"),
                        new BigDecimal("127.98"), new BigDecimal("85.14"));
        // Each database's native year: strftime (https://sqlite.org/lang_datefunc.html), EXTRACT, YEAR().
        String year;
        switch (target) {
            case SQLITE:
                year = "CAST(strftime('%Y', [InvoiceDate]) AS INTEGER)";
                break;
            case POSTGRES:
                year = "CAST(EXTRACT(YEAR FROM [InvoiceDate]) AS INTEGER)";
                break;
            default:
                year = "YEAR([InvoiceDate])";
        }
        assertThat(sql("SELECT [BillingCountry], " + year + " AS y, COUNT(*), SUM([Total]) FROM [Invoice]"
                + " GROUP BY [BillingCountry], y ORDER BY [BillingCountry], y")
                .fetch(r -> new CountryYearRevenue(r.get(0, DataType.STRING), r.getInt(1), r.getLong(2),
                        r.get(3, MONEY)))).isEqualTo(rows);
    }

    @AllDatabases
    void longestPlaylistsCountTracksAndSumTheirDuration(TestDb t) {
        on(t);
        List<PlaylistLength> longest = queries.longestPlaylists(3);
        assertThat(longest).containsExactly(new PlaylistLength(1, "Music", 3290, 877_683_083L),
                new PlaylistLength(8, "Music", 3290, 877_683_083L),
                new PlaylistLength(5, "90\u2019s Music", 1477, 398_705_153L));
        assertThat(sql("SELECT [Playlist].[PlaylistId], [Playlist].[Name], COUNT(*) AS tracks,"
                + " SUM([Track].[Milliseconds]) AS duration FROM [Playlist]"
                + " JOIN [PlaylistTrack] ON [PlaylistTrack].[PlaylistId] = [Playlist].[PlaylistId]"
                + " JOIN [Track] ON [Track].[TrackId] = [PlaylistTrack].[TrackId]"
                + " GROUP BY [Playlist].[PlaylistId], [Playlist].[Name]"
                + " ORDER BY tracks DESC, duration DESC, [Playlist].[PlaylistId] LIMIT ?", 3L)
                .fetch(r -> new PlaylistLength(r.getLong(0), r.get(1, DataType.STRING), r.getLong(2), r.getLong(3))))
                .isEqualTo(longest);
    }

    @AllDatabases
    void reportPrintsTheThreeAnswersInAFewLines(TestDb t) {
        on(t);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ChinookReport(db, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).contains("dataset already loaded", "  Iron Maiden              $  138.60  21 albums  213 tracks",
                "  USA      $  523.06 = 2021: 103.95, 2022: 102.98, 2023: 103.01, 2024: 127.98, 2025: 85.14",
                "  #5   90\u2019s Music              1477 tracks  110.8 h");
        assertThat(lines).hasSizeLessThanOrEqualTo(16);
    }

    @AllDatabases
    void likeMatchesCaseSensitivelyOnEveryDatabase(TestDb t) {
        on(t);
        assertThat(queries.tracksNamedLike("%love%")).extracting(Track::trackId).hasSize(3)
                .allSatisfy(id -> assertThat(queries.tracksNamedLike("%Love%")).extracting(Track::trackId)
                        .doesNotContain(id));
    }

    @AllDatabases
    void caseInsensitiveSearchFoldsAccentedLetters(TestDb t) {
        on(t);
        assertThat(queries.searchArtists("MOTÖRHEAD")).extracting(Artist::artistId).containsExactly(106L, 107L);
    }
}
