package dev.quarry.examples.docs;

import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.examples.chinook.CustomerTable.CUSTOMER;
import static dev.quarry.examples.chinook.EmployeeTable.EMPLOYEE;
import static dev.quarry.examples.chinook.GenreTable.GENRE;
import static dev.quarry.examples.chinook.InvoiceLineTable.INVOICE_LINE;
import static dev.quarry.examples.chinook.InvoiceTable.INVOICE;
import static dev.quarry.examples.chinook.PlaylistTable.PLAYLIST;
import static dev.quarry.examples.chinook.TrackTable.TRACK;
import static dev.quarry.query.Dsl.avg;
import static dev.quarry.query.Dsl.cast;
import static dev.quarry.query.Dsl.concat;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.date;
import static dev.quarry.query.Dsl.exists;
import static dev.quarry.query.Dsl.format;
import static dev.quarry.query.Dsl.least;
import static dev.quarry.query.Dsl.lpad;
import static dev.quarry.query.Dsl.max;
import static dev.quarry.query.Dsl.nullif;
import static dev.quarry.query.Dsl.param;
import static dev.quarry.query.Dsl.ref;
import static dev.quarry.query.Dsl.replace;
import static dev.quarry.query.Dsl.round;
import static dev.quarry.query.Dsl.rowNumber;
import static dev.quarry.query.Dsl.scalar;
import static dev.quarry.query.Dsl.select;
import static dev.quarry.query.Dsl.selectOne;
import static dev.quarry.query.Dsl.set;
import static dev.quarry.query.Dsl.substring;
import static dev.quarry.query.Dsl.sum;
import static dev.quarry.query.Dsl.sumLong;
import static dev.quarry.query.Dsl.trim;
import static dev.quarry.query.Dsl.trunc;
import static dev.quarry.query.Dsl.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quarry.Quarry;
import dev.quarry.examples.chinook.Album;
import dev.quarry.examples.chinook.Artist;
import dev.quarry.examples.chinook.ChinookScopes;
import dev.quarry.examples.chinook.Customer;
import dev.quarry.examples.chinook.EmployeeTable;
import dev.quarry.examples.chinook.Genre;
import dev.quarry.examples.chinook.InvoiceLine;
import dev.quarry.examples.chinook.LoadReport;
import dev.quarry.examples.chinook.Track;
import dev.quarry.query.DatePart;
import dev.quarry.query.DecimalExpression;
import dev.quarry.query.DerivedTable;
import dev.quarry.query.DoubleExpression;
import dev.quarry.query.Expression;
import dev.quarry.query.Placeholder;
import dev.quarry.query.Prepared;
import dev.quarry.query.Select;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Window;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the examples of docs/dsl.md, as written there, on every database over the Chinook data; the snippets that
 * write run in a transaction rolled back at the end ({@code db} is then the transaction). A change to a snippet in
 * the doc belongs here too, and the other way round. The test's own parameter is not called {@code t}, since the
 * doc's lambdas are.
 */
class DslReferenceExamplesTest {
    private static final Map<TestTarget, LoadReport> LOADS = ChinookScopes.perClass();

    @AllDatabases
    void selectReturnsRecordsColumnsTuplesAndMappedRows(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        List<Artist> all = db.selectFrom(ARTIST).orderBy(ARTIST.name.asc()).fetch();     // records
        List<String> names = db.select(ARTIST.name).from(ARTIST).fetch();                 // one column
        List<Tuple2<String, Long>> perArtist = db.select(ARTIST.name, count())            // typed tuples (up to 6)
                .from(ARTIST).join(ALBUM).on(ALBUM.artistId.eq(ARTIST.artistId))
                .groupBy(ARTIST.name)
                .fetch();
        List<Tuple2<Album, Artist>> albums = db.select(ALBUM, ARTIST)                     // whole records in a tuple
                .from(ALBUM).join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId)).fetch();
        record AlbumView(String title, String artist) {}
        List<AlbumView> views = db.select(ALBUM.title, ARTIST.name)                       // into your own record
                .from(ALBUM).join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .into(AlbumView.class)
                .fetch();
        List<String> labels = db.select(ALBUM.title, ARTIST.name)                         // or map to anything
                .from(ALBUM).join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .map(t -> t.v1() + " by " + t.v2())
                .fetch();

        assertThat(all).hasSize(275).first().isEqualTo(new Artist(43, "A Cor Do Som"));
        assertThat(names).hasSize(275).contains("AC/DC", "Iron Maiden");
        assertThat(perArtist).hasSize(204).contains(new Tuple2<>("Iron Maiden", 21L), new Tuple2<>("AC/DC", 2L));
        assertThat(albums).hasSize(347).allSatisfy(a -> assertThat(a.v1().artistId()).isEqualTo(a.v2().artistId()));
        assertThat(views).hasSize(347).contains(new AlbumView("Let There Be Rock", "AC/DC"));
        assertThat(labels).hasSize(347).contains("Let There Be Rock by AC/DC");
    }

    @AllDatabases
    void projectionsOfAnyWidthGoIntoARecord(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        record TrackRow(long id, String name, String album, String artist, String genre, long ms, BigDecimal price) {}
        List<TrackRow> rows = db.select(TRACK.trackId, TRACK.name, ALBUM.title, ARTIST.name, GENRE.name,
                        TRACK.milliseconds, TRACK.unitPrice)                               // seven items
                .from(TRACK).join(ALBUM).on(ALBUM.albumId.eq(TRACK.albumId))
                .join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .leftJoin(GENRE).on(GENRE.genreId.eq(TRACK.genreId))
                .into(TrackRow.class)
                .fetch();                                                                   // 3,503 rows

        assertThat(rows).hasSize(3503).contains(new TrackRow(1, "For Those About To Rock (We Salute You)",
                "For Those About To Rock We Salute You", "AC/DC", "Rock", 343_719, new BigDecimal("0.99")));
        assertThat(db.fetch(select(TRACK.trackId, TRACK.name, ALBUM.title, ARTIST.name, GENRE.name,
                TRACK.milliseconds, TRACK.unitPrice).from(TRACK).join(ALBUM).on(ALBUM.albumId.eq(TRACK.albumId))
                .join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .leftJoin(GENRE).on(GENRE.genreId.eq(TRACK.genreId)).into(TrackRow.class)))
                .containsExactlyInAnyOrderElementsOf(rows);
    }

    @AllDatabases
    void literalsAndMixedTypesAreTakenAsWritten(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        Track track = db.selectFrom(TRACK).where(TRACK.trackId.eq(3435)).fetchOne();     // an int for a long column
        List<Album> albums = db.selectFrom(ALBUM).where(ALBUM.artistId.in(1, 8, 50)).fetch();        // 15 albums
        List<Tuple2<String, Long>> prolific = db.select(ARTIST.name, count())
                .from(ARTIST).join(ALBUM).on(ALBUM.artistId.eq(ARTIST.artistId))
                .groupBy(ARTIST.name).having(count().gt(10)).fetch();   // Iron Maiden 21, Led Zeppelin 14, Deep Purple 11
        DecimalExpression amount = INVOICE_LINE.unitPrice.times(INVOICE_LINE.quantity);  // decimal × int: an exact decimal
        BigDecimal sales = db.select(sum(amount)).from(INVOICE_LINE).fetchOne();         // 2328.60
        DoubleExpression minutes = sumLong(TRACK.milliseconds).div(60000.0);             // long ÷ double: a double
        double playingTime = db.select(minutes).from(TRACK).fetchOne();                  // 22979.634
        Expression<String> customer = concat(CUSTOMER.firstName, " ", CUSTOMER.lastName); // plain strings inside

        assertThat(track.name()).isEqualTo("Cavalleria Rusticana \\ Act \\ Intermezzo Sinfonico");
        assertThat(albums).hasSize(15);
        assertThat(prolific).containsExactlyInAnyOrder(new Tuple2<>("Iron Maiden", 21L),
                new Tuple2<>("Led Zeppelin", 14L), new Tuple2<>("Deep Purple", 11L));
        assertThat(sales).isEqualTo(new BigDecimal("2328.60"));
        assertThat(playingTime).isCloseTo(22979.634, within(1e-6));
        assertThat(db.select(customer).from(CUSTOMER).where(CUSTOMER.customerId.eq(1)).fetchOne())
                .isEqualTo("Luís Gonçalves");
    }

    @AllDatabases
    void aStreamReadsLazilyAndIsClosed(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);
        long counted;

        try (Stream<Track> tracks = db.selectFrom(TRACK).stream()) {     // holds a connection until closed
            long epics = tracks.filter(t -> t.milliseconds() > 600_000).count();   // 260 tracks over ten minutes
            counted = epics;
        }

        assertThat(counted).isEqualTo(260);
    }

    @AllDatabases
    void joinsReadAMissingRightSideAsNullAndAliasesJoinATableToItself(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        var trackAlbums = db.select(TRACK.name, ALBUM.title)
          .from(TRACK)
          .join(ALBUM).on(ALBUM.albumId.eq(TRACK.albumId))
          .leftJoin(GENRE).on(GENRE.genreId.eq(TRACK.genreId))       // a missing right side reads as null
          .fetch();

        EmployeeTable manager = EMPLOYEE.as("manager");                 // aliases for self-joins
        var staff = db.select(EMPLOYEE.lastName, manager.lastName)
          .from(EMPLOYEE).leftJoin(manager).on(manager.employeeId.eq(EMPLOYEE.reportsTo))
          .fetch();

        assertThat(trackAlbums).hasSize(3503).contains(new Tuple2<>("Balls to the Wall", "Balls to the Wall"));
        assertThat(staff).hasSize(8).contains(new Tuple2<>("Adams", null), new Tuple2<>("Callahan", "Mitchell"));
    }

    @AllDatabases
    void filtersAreBuiltUpOneConditionAtATime(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        Long genre = 1L;                                                         // inputs that may be null
        String search = "love";
        Select<Track> q = db.selectFrom(TRACK);
        if (genre != null) q = q.where(TRACK.genreId.eq(genre));                 // immutable: reassign
        if (search != null) q = q.where(TRACK.name.containsIgnoreCase(search));  // "50% off" matches literally

        List<Track> found = q.fetch();
        assertThat(found).isNotEmpty().allSatisfy(tr -> {
            assertThat(tr.genreId()).isEqualTo(1L);
            assertThat(tr.name()).containsIgnoringCase("love");
        });
        assertThat(db.selectFrom(TRACK).where(TRACK.name.containsIgnoreCase("50% off")).fetch()).isEmpty();
    }

    @AllDatabases
    void groupingOrderingAndPaging(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        var page = db.select(INVOICE.billingCountry, sum(INVOICE.total).as("revenue"))
          .from(INVOICE)
          .groupBy(INVOICE.billingCountry)
          .having(count().gt(10))
          .orderBy(ref("revenue", INVOICE.total.type()).desc())
          .limit(5).offset(5)
          .fetch();

        var customers = db.selectFrom(CUSTOMER).orderBy(CUSTOMER.company.asc().nullsLast()).fetch();   // the same order everywhere

        assertThat(page).extracting(Tuple2::v1).containsExactly("United Kingdom", "Czech Republic", "Portugal", "India");
        assertThat(customers).hasSize(59).first().extracting(Customer::company).isEqualTo("Apple Inc.");
        assertThat(customers.subList(10, 59)).allSatisfy(c -> assertThat(c.company()).isNull());
    }

    @AllDatabases
    void yearGivesTheRevenuePerYear(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        // revenue per year: year() of a date-time; a decimal price times an int quantity is an exact decimal
        DecimalExpression amount = INVOICE_LINE.unitPrice.times(INVOICE_LINE.quantity);
        List<Tuple2<Integer, BigDecimal>> perYear = db.select(year(INVOICE.invoiceDate), sum(amount))
                .from(INVOICE).join(INVOICE_LINE).on(INVOICE_LINE.invoiceId.eq(INVOICE.invoiceId))
                .groupBy(year(INVOICE.invoiceDate))
                .orderBy(year(INVOICE.invoiceDate).asc())
                .fetch();                                              // 2021: 449.46, ..., 2025: 450.58

        assertThat(perYear).containsExactly(new Tuple2<>(2021, new BigDecimal("449.46")),
                new Tuple2<>(2022, new BigDecimal("481.45")), new Tuple2<>(2023, new BigDecimal("469.58")),
                new Tuple2<>(2024, new BigDecimal("477.53")), new Tuple2<>(2025, new BigDecimal("450.58")));
    }

    @AllDatabases
    void reportsByMonthDayOrHourAreTheSameEverywhere(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        Expression<String> month = format(INVOICE.invoiceDate, DatePart.MONTH);      // "2021-01": sorts in time order
        List<Tuple2<String, BigDecimal>> perMonth = db.select(month, sum(INVOICE.total))
                .from(INVOICE).groupBy(month).orderBy(month.asc())
                .fetch();                                            // 60 months: ("2021-01", 35.64), ("2021-02", 37.62)...
        List<Tuple2<LocalDateTime, Long>> perMonthStart = db.select(trunc(INVOICE.invoiceDate, DatePart.MONTH), count())
                .from(INVOICE).groupBy(trunc(INVOICE.invoiceDate, DatePart.MONTH))
                .fetch();                                            // (2021-01-01T00:00, 6), ...
        long in2023 = db.select(count()).from(INVOICE)
                .where(date(INVOICE.invoiceDate).between(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .fetchOne();                                         // 83
        List<Tuple2<String, Double>> averages = db.select(INVOICE.billingCountry, round(avg(INVOICE.total), 2))
                .from(INVOICE).groupBy(INVOICE.billingCountry)
                .fetch();                                            // ("Chile", 6.66), ("USA", 5.75), ...

        assertThat(perMonth).hasSize(60).startsWith(new Tuple2<>("2021-01", new BigDecimal("35.64")),
                new Tuple2<>("2021-02", new BigDecimal("37.62")));
        assertThat(perMonthStart).hasSize(60).contains(new Tuple2<>(LocalDateTime.of(2021, 1, 1, 0, 0), 6L));
        assertThat(in2023).isEqualTo(83);
        assertThat(averages).hasSize(24).contains(new Tuple2<>("Chile", 6.66), new Tuple2<>("USA", 5.75),
                new Tuple2<>("Germany", 5.59));
    }

    @AllDatabases
    void textFunctionsPadCutTrimAndReplace(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        var numbers = db.select(concat("#", lpad(cast(INVOICE.invoiceId, DataType.STRING), 5, "0")))   // "#00001"
          .from(INVOICE).fetch();
        var cities = db.select(trim(CUSTOMER.city)).from(CUSTOMER).where(CUSTOMER.city.startsWith("Edinburgh")).fetch();  // "Edinburgh"
        var unknown = db.select(count()).from(TRACK).where(nullif(trim(TRACK.composer), "").isNull()).fetchOne();       // 977
        var parts = db.select(substring(TRACK.name, 1, 10), replace(TRACK.name, " \\ ", " / ")).from(TRACK)
          .where(TRACK.trackId.eq(3435)).fetchOne();           // ("Cavalleria", "Cavalleria Rusticana / Act / Intermezzo...")
        var capped = db.select(sum(least(INVOICE.total, new BigDecimal("10")))).from(INVOICE).fetchOne();   // 2026.28: totals capped

        assertThat(numbers).hasSize(412).contains("#00001", "#00412");
        assertThat(cities).containsExactly("Edinburgh");
        assertThat(unknown).isEqualTo(977L);
        assertThat(parts).isEqualTo(new Tuple2<>("Cavalleria", "Cavalleria Rusticana / Act / Intermezzo Sinfonico"));
        assertThat(capped).isEqualTo(new BigDecimal("2026.28"));
    }

    @AllDatabases
    void subqueriesInExistsScalarAndDerivedTables(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        // IN (subquery)
        var withAlbums = db.selectFrom(ARTIST).where(ARTIST.artistId.in(select(ALBUM.artistId).from(ALBUM))).fetch();
        // correlated EXISTS
        var buyers = db.selectFrom(CUSTOMER)
          .where(exists(selectOne().from(INVOICE).where(INVOICE.customerId.eq(CUSTOMER.customerId))))
          .fetch();
        // scalar subquery in the select list
        var albumCounts = db.select(ARTIST.name, scalar(select(count()).from(ALBUM).where(ALBUM.artistId.eq(ARTIST.artistId))))
          .from(ARTIST).fetch();
        // derived table
        Expression<Long> n = count().as("n");
        DerivedTable perAlbum = select(TRACK.albumId, n).from(TRACK).groupBy(TRACK.albumId).asTable("per_album");
        var most = db.select(max(perAlbum.field(n))).from(perAlbum).fetchOne();

        assertThat(withAlbums).hasSize(204);
        assertThat(buyers).hasSize(59);
        assertThat(albumCounts).hasSize(275).contains(new Tuple2<>("Iron Maiden", 21L), new Tuple2<>("Accept", 2L));
        assertThat(most).isEqualTo(57L);
    }

    @AllDatabases
    void unionRemovesDuplicates(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        var emails = db.select(CUSTOMER.email).from(CUSTOMER)
          .union(select(EMPLOYEE.email).from(EMPLOYEE))          // unionAll keeps duplicates
          .fetch();

        assertThat(emails).hasSize(67).doesNotHaveDuplicates().contains("andrew@chinookcorp.com");
    }

    @AllDatabases
    void windowFunctionsNumberAndSumPerPartition(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        var ranked = db.select(TRACK.name, TRACK.albumId,
                  rowNumber().over(Window.partitionBy(TRACK.albumId).thenOrderBy(TRACK.milliseconds.desc())),
                  sum(TRACK.milliseconds).over(Window.partitionBy(TRACK.albumId)))
          .from(TRACK).fetch();

        assertThat(ranked).hasSize(3503);
        assertThat(ranked.stream().filter(r -> r.v3() == 1L)).hasSize(347);
        assertThat(ranked.stream().filter(r -> r.v2() == 1L)).allSatisfy(r -> assertThat(r.v4())
                .isEqualTo(2_400_415L));
    }

    @AllDatabases
    void insertsUpsertsUpdatesAndDeletesWriteWhatTheySay(TestDb database) {
        Quarry quarry = ChinookScopes.loaded(database, LOADS);
        quarry.transactionRun(db -> {
            db.insertInto(ARTIST).values(new Artist(276, "Newcomers")).execute();                 // one record
            db.insertInto(ARTIST).values(List.of(new Artist(277, "Duo"), new Artist(278, "Trio")))  // multi-row VALUES,
              .execute();                                                                             // split as needed
            db.insertInto(ARTIST).batch(List.of(new Artist(279, "Quartet"), new Artist(280, "Quintet")))   // one JDBC batch
              .execute();
            db.insertInto(ARTIST).set(ARTIST.artistId, 281).set(ARTIST.name, "Sextet").execute();    // column values
            db.insertInto(PLAYLIST).columns(PLAYLIST.playlistId, PLAYLIST.name)                     // INSERT ... SELECT:
              .select(select(GENRE.genreId.plus(100), GENRE.name).from(GENRE)).execute();          // a playlist per genre

            assertThat(db.select(ARTIST.name).from(ARTIST).where(ARTIST.artistId.gt(275L))
                    .orderBy(ARTIST.artistId.asc()).fetch())
                    .containsExactly("Newcomers", "Duo", "Trio", "Quartet", "Quintet", "Sextet");
            assertThat(db.select(PLAYLIST.name).from(PLAYLIST).where(PLAYLIST.playlistId.eq(101L)).fetchOne())
                    .isEqualTo("Rock");

            Artist saved = db.insertInto(ARTIST).values(new Artist(282, "New")).returning().fetchOne();   // the stored row
            Long id = db.insertInto(ARTIST).values(new Artist(283, "Newer")).returning(ARTIST.artistId).fetchOne();

            assertThat(saved).isEqualTo(new Artist(282, "New"));
            assertThat(id).isEqualTo(283L);

            Genre genre = new Genre(1, "Rock & Roll");                                  // genre 1 exists: "Rock"
            db.insertInto(GENRE).values(genre).onConflictDoNothing().execute();        // primary key conflict: still "Rock"
            assertThat(db.select(GENRE.name).from(GENRE).where(GENRE.genreId.eq(1L)).fetchOne()).isEqualTo("Rock");
            db.insertInto(GENRE).values(genre).onConflict(GENRE.genreId).doUpdateSetExcluded(GENRE.name).execute();  // renamed
            InvoiceLine line = new InvoiceLine(1, 1, 2, new BigDecimal("0.99"), 1);    // line 1 exists: one copy more
            db.insertInto(INVOICE_LINE).values(line).onConflict(INVOICE_LINE.invoiceLineId)
              .doUpdate(set(INVOICE_LINE.quantity, INVOICE_LINE.quantity.plus(1))).execute();

            assertThat(db.select(GENRE.name).from(GENRE).where(GENRE.genreId.eq(1L)).fetchOne())
                    .isEqualTo("Rock & Roll");
            assertThat(db.select(INVOICE_LINE.quantity).from(INVOICE_LINE)
                    .where(INVOICE_LINE.invoiceLineId.eq(1L)).fetchOne()).isEqualTo(2);

            long repriced = db.update(TRACK).set(TRACK.unitPrice, new BigDecimal("1.29")).where(TRACK.genreId.eq(1)).execute();
            db.update(TRACK).set(TRACK.milliseconds, TRACK.milliseconds.plus(1000)).where(TRACK.trackId.eq(7)).execute();
            Artist changedArtist = new Artist(1, "AC/DC (Australia)");
            db.update(ARTIST).setRecord(changedArtist).execute();       // every non-key column, where the key matches
            long deleted = db.deleteFrom(INVOICE_LINE).where(INVOICE_LINE.invoiceId.eq(1)).execute();

            assertThat(repriced).isEqualTo(1297);
            assertThat(deleted).isEqualTo(2);
            assertThat(db.select(TRACK.milliseconds).from(TRACK).where(TRACK.trackId.eq(7L)).fetchOne())
                    .isEqualTo(233_926L + 1000L);
            assertThat(db.selectFrom(ARTIST).where(ARTIST.artistId.eq(1L)).fetchOne()).isEqualTo(changedArtist);
            db.setRollbackOnly();
        });
        assertThat(quarry.select(count()).from(ARTIST).fetchOne()).isEqualTo(275L);
        assertThat(quarry.select(GENRE.name).from(GENRE).where(GENRE.genreId.eq(1L)).fetchOne()).isEqualTo("Rock");
    }

    @AllDatabases
    void manyRowsAreUpdatedInOneBatch(TestDb database) {
        Quarry quarry = ChinookScopes.loaded(database, LOADS);
        quarry.transactionRun(db -> {
            List<Artist> renamed = List.of(new Artist(1, "AC/DC!"), new Artist(2, "Accept!"));
            long matched = db.update(ARTIST).setRecords(renamed).execute();   // each record by its key, one JDBC batch
            Prepared<Void> reprice = db.update(TRACK).set(TRACK.unitPrice, param(TRACK.unitPrice))
              .where(TRACK.trackId.eq(param(TRACK.trackId))).prepare();
            reprice.executeBatch(List.of(new Object[] {new BigDecimal("1.99"), 1L}, new Object[] {new BigDecimal("0.49"), 2L}));

            assertThat(matched).isEqualTo(2);
            assertThat(db.selectFrom(ARTIST).where(ARTIST.artistId.in(1L, 2L)).orderBy(ARTIST.artistId.asc())
                    .fetch()).isEqualTo(renamed);
            assertThat(db.select(TRACK.unitPrice).from(TRACK).where(TRACK.trackId.in(1L, 2L))
                    .orderBy(TRACK.trackId.asc()).fetch())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("1.99"), new BigDecimal("0.49"));
            db.setRollbackOnly();
        });
    }

    @AllDatabases
    void aPreparedQueryRunsWithNewValues(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        Placeholder<Long> id = param(TRACK.trackId);
        Prepared<Track> byId = db.selectFrom(TRACK).where(TRACK.trackId.eq(id)).prepare();
        Track t = byId.fetchOne(42L);            // values in the order of byId.placeholders()

        assertThat(t.name()).isEqualTo("Right Through You");
        assertThat(byId.fetchOne(1L).name()).isEqualTo("For Those About To Rock (We Salute You)");
    }

    @AllDatabases
    void aQueryBuiltPerCallRunsThePlanOfItsShapeWithItsOwnValues(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        Track t = db.selectFrom(TRACK).where(TRACK.trackId.eq(42L)).fetchOne();   // renders, keeps the plan
        Track u = db.selectFrom(TRACK).where(TRACK.trackId.eq(43L)).fetchOne();   // same shape: binds 43 into that plan

        assertThat(t.name()).isEqualTo("Right Through You");
        assertThat(u.trackId()).isEqualTo(43L);
        assertThat(u.name()).isNotEqualTo(t.name());
    }

    @AllDatabases
    void rawSqlFollowsEachDatabasesRulesForNames(TestDb database) {
        Quarry quarry = ChinookScopes.loaded(database, LOADS);
        List<Artist> expected = quarry.selectFrom(ARTIST).where(ARTIST.name.startsWith("A"))
                .orderBy(ARTIST.name.asc()).fetch();
        quarry.transactionRun(db -> {
            if (!database.is(TestTarget.POSTGRES)) {
                List<Artist> found = db.sql("SELECT * FROM Artist WHERE Name LIKE ? ORDER BY Name", "A%").fetchInto(ARTIST);
                long n = db.sql("UPDATE Artist SET Name = ? WHERE ArtistId = ?", "AC/DC", 1L).execute();
                List<String> names = db.sql("SELECT Name FROM Artist").fetch(row -> row.get(0, DataType.STRING));

                assertThat(found).isEqualTo(expected);
                assertThat(n).isEqualTo(1);
                assertThat(names).hasSize(275);
            }
            if (!database.is(TestTarget.MARIADB)) {
                // PostgreSQL folds unquoted names to lower case: quote Chinook's mixed-case names there
                List<Artist> onPostgres = db.sql("SELECT * FROM \"Artist\" WHERE \"Name\" LIKE ? ORDER BY \"Name\"", "A%")
                        .fetchInto(ARTIST);

                assertThat(onPostgres).isEqualTo(expected);
            }
            // db.quote(name) quotes as the database at hand does: runs on all three
            List<Artist> anywhere = db.sql("SELECT * FROM " + db.quote("Artist") + " WHERE " + db.quote("Name")
                    + " LIKE ? ORDER BY " + db.quote("Name"), "A%").fetchInto(ARTIST);

            assertThat(anywhere).isEqualTo(expected);
            db.setRollbackOnly();
        });
    }
}
