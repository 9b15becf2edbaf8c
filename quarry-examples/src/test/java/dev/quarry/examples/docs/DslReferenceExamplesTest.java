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
import static dev.quarry.query.Dsl.cast;
import static dev.quarry.query.Dsl.count;
import static dev.quarry.query.Dsl.exists;
import static dev.quarry.query.Dsl.max;
import static dev.quarry.query.Dsl.param;
import static dev.quarry.query.Dsl.ref;
import static dev.quarry.query.Dsl.rowNumber;
import static dev.quarry.query.Dsl.scalar;
import static dev.quarry.query.Dsl.select;
import static dev.quarry.query.Dsl.selectOne;
import static dev.quarry.query.Dsl.set;
import static dev.quarry.query.Dsl.sum;
import static dev.quarry.query.Dsl.year;
import static org.assertj.core.api.Assertions.assertThat;

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
import dev.quarry.query.DerivedTable;
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
        List<AlbumView> views = db.select(ALBUM.title, ARTIST.name)                       // map to your own type
                .from(ALBUM).join(ARTIST).on(ARTIST.artistId.eq(ALBUM.artistId))
                .map(t -> new AlbumView(t.v1(), t.v2()))
                .fetch();

        assertThat(all).hasSize(275).first().isEqualTo(new Artist(43, "A Cor Do Som"));
        assertThat(names).hasSize(275).contains("AC/DC", "Iron Maiden");
        assertThat(perArtist).hasSize(204).contains(new Tuple2<>("Iron Maiden", 21L), new Tuple2<>("AC/DC", 2L));
        assertThat(albums).hasSize(347).allSatisfy(a -> assertThat(a.v1().artistId()).isEqualTo(a.v2().artistId()));
        assertThat(views).hasSize(347).contains(new AlbumView("Let There Be Rock", "AC/DC"));
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
          .having(count().gt(10L))
          .orderBy(ref("revenue", INVOICE.total.type()).desc())
          .limit(5).offset(5)
          .fetch();

        var customers = db.selectFrom(CUSTOMER).orderBy(CUSTOMER.company.asc().nullsLast()).fetch();   // the same order everywhere

        assertThat(page).extracting(Tuple2::v1).containsExactly("United Kingdom", "Czech Republic", "Portugal", "India");
        assertThat(customers).hasSize(59).first().extracting(Customer::company).isEqualTo("Apple Inc.");
        assertThat(customers.subList(10, 59)).allSatisfy(c -> assertThat(c.company()).isNull());
    }

    @AllDatabases
    void yearAndCastGiveTheRevenuePerYear(TestDb database) {
        Quarry db = ChinookScopes.loaded(database, LOADS);

        // revenue per year: year() of a date-time; cast() the integer quantity to the price's type to multiply them
        Expression<BigDecimal> amount =
                INVOICE_LINE.unitPrice.times(cast(INVOICE_LINE.quantity, INVOICE_LINE.unitPrice.type()));
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
            db.insertInto(ARTIST).set(ARTIST.artistId, 281L).set(ARTIST.name, "Sextet").execute();   // column values
            db.insertInto(PLAYLIST).columns(PLAYLIST.playlistId, PLAYLIST.name)                     // INSERT ... SELECT:
              .select(select(GENRE.genreId.plus(100L), GENRE.name).from(GENRE)).execute();         // a playlist per genre

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

            long repriced = db.update(TRACK).set(TRACK.unitPrice, new BigDecimal("1.29")).where(TRACK.genreId.eq(1L)).execute();
            db.update(TRACK).set(TRACK.milliseconds, TRACK.milliseconds.plus(1000L)).where(TRACK.trackId.eq(7L)).execute();
            Artist changedArtist = new Artist(1, "AC/DC (Australia)");
            db.update(ARTIST).setRecord(changedArtist).execute();       // every non-key column, where the key matches
            long deleted = db.deleteFrom(INVOICE_LINE).where(INVOICE_LINE.invoiceId.eq(1L)).execute();

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
