package dev.quarry.watch;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.query.Dsl.param;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.query.Prepared;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** A watch sees every write committed through its own handle, once per unit of work, and nothing else. */
class WatchOwnWritesTest {
    private static final Duration QUIET = Duration.ofMillis(400);

    private static List<String> names(List<Artist> artists) {
        return artists.stream().map(Artist::name).toList();
    }

    @AllDatabases
    void emitsTheRowsAtOnceThenAfterEachCommittedDslWrite(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        db.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute();
        Emissions<List<Artist>> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(db.selectFrom(ARTIST).orderBy(ARTIST.name.asc())))) {
            assertThat(names(seen.next())).containsExactly("Nick Cave");
            db.insertInto(ARTIST).values(new Artist(0, "Bjork", "IS")).execute();
            assertThat(names(seen.next())).containsExactly("Bjork", "Nick Cave");
            db.update(ARTIST).set(ARTIST.name, "Björk").where(ARTIST.name.eq("Bjork")).execute();
            assertThat(names(seen.next())).containsExactly("Björk", "Nick Cave");
            db.deleteFrom(ARTIST).where(ARTIST.name.eq("Nick Cave")).execute();
            assertThat(names(seen.next())).containsExactly("Björk");
            seen.noneWithin(QUIET);
        }
    }

    @AllDatabases
    void aTransactionEmitsOnceAfterItCommitsAndARolledBackOneNever(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        Emissions<List<Artist>> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(db.selectFrom(ARTIST)))) {
            assertThat(seen.next()).isEmpty();
            db.transactionRun(tx -> {
                for (int i = 0; i < 3; i++) {
                    tx.insertInto(ARTIST).values(new Artist(0, "a" + i, null)).execute();
                }
                Thread.sleep(QUIET.toMillis()); // long past the throttle: an uncommitted write must not emit
            });
            assertThat(seen.next()).hasSize(3);
            seen.noneWithin(QUIET);
            assertThatThrownBy(() -> db.transactionRun(tx -> {
                tx.insertInto(ARTIST).values(new Artist(0, "never", null)).execute();
                throw new IllegalStateException("roll back");
            })).hasMessage("roll back");
            seen.noneWithin(QUIET);
        }
    }

    @AllDatabases
    void aJoinReEmitsWhenEitherTableChangesAndNotForAnUnrelatedOne(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        db.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute();
        long cave = db.select(ARTIST.id).from(ARTIST).fetchOne();
        var titles = db.select(ALBUM.title).from(ALBUM).join(ARTIST).on(ARTIST.id.eq(ALBUM.artistId))
                .where(ARTIST.country.eq("AU")).orderBy(ALBUM.title.asc());
        Emissions<List<String>> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(titles))) {
            assertThat(seen.next()).isEmpty();
            db.insertInto(ALBUM).values(new Album(0, cave, "Murder Ballads", null, BigDecimal.ONE)).execute();
            assertThat(seen.next()).containsExactly("Murder Ballads");
            db.update(ARTIST).set(ARTIST.country, "UK").execute();
            assertThat(seen.next()).isEmpty();
        }
        Emissions<List<Artist>> artists = new Emissions<>();
        try (var live = artists.listen(db.watch(db.selectFrom(ARTIST)))) {
            artists.next();
            db.deleteFrom(ALBUM).execute(); // a table the query does not read
            artists.noneWithin(QUIET);
        }
    }

    @AllDatabases
    void anUnchangedResultIsSkippedUnlessAskedFor(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        var australians = db.selectFrom(ARTIST).where(ARTIST.country.eq("AU"));
        Emissions<List<Artist>> skipping = new Emissions<>();
        Emissions<List<Artist>> every = new Emissions<>();
        try (var a = skipping.listen(db.watch(australians));
             var b = every.listen(db.watch(australians, WatchOptions.DEFAULTS.emitUnchanged()))) {
            assertThat(skipping.next()).isEmpty();
            assertThat(every.next()).isEmpty();
            db.insertInto(ARTIST).values(new Artist(0, "Björk", "IS")).execute();
            assertThat(every.next()).as("re-run, same result, emitted anyway").isEmpty();
            skipping.noneWithin(QUIET);
        }
    }

    @AllDatabases
    void handWrittenSqlThatWritesReEmits(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        LiveQuery<Long> count = LiveQuery.readingTables(Set.of("artist"),
                d -> d.sql("SELECT count(*) FROM " + db.quote("artist")).fetch(r -> r.getLong(0)).get(0));
        Emissions<Long> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(count))) {
            assertThat(seen.next()).isZero();
            db.sql("INSERT INTO " + db.quote("artist") + " (" + db.quote("name") + ") VALUES (?)", "raw").execute();
            assertThat(seen.next()).isOne();
            seen.noneWithin(QUIET);
        }
    }

    @AllDatabases
    void anAnnouncedChangeReEmitsWatchesOfItsTablesOnly(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        AtomicInteger runs = new AtomicInteger();
        Emissions<Integer> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(LiveQuery.reading(List.of(ARTIST), d -> runs.incrementAndGet())))) {
            assertThat(seen.next()).isOne();
            db.announceChanges(ARTIST);
            assertThat(seen.next()).isEqualTo(2);
            db.announceChanges(List.of("ARTIST")); // names compare without case
            assertThat(seen.next()).isEqualTo(3);
            db.announceChanges(List.of("album"));
            seen.noneWithin(QUIET);
        }
    }

    @AllDatabases
    void aPreparedQueryIsWatchedWithItsValues(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        Prepared<Artist> from = db.selectFrom(ARTIST).where(ARTIST.country.eq(param(ARTIST.country))).prepare();
        Emissions<List<Artist>> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(LiveQuery.of(from, "IS")))) {
            assertThat(seen.next()).isEmpty();
            db.insertInto(ARTIST).values(new Artist(0, "Björk", "IS")).execute();
            assertThat(names(seen.next())).containsExactly("Björk");
        }
    }

    @AllDatabases
    void tenThousandRowsInOneBatchCauseOneReRun(TestDb t) throws Exception {
        Quarry db = t.use(ARTIST, ALBUM);
        AtomicInteger runs = new AtomicInteger();
        Emissions<Long> seen = new Emissions<>();
        try (var live = seen.listen(db.watch(LiveQuery.reading(List.of(ARTIST), d -> {
            runs.incrementAndGet();
            return d.select(dev.quarry.query.Dsl.count()).from(ARTIST).fetchOne();
        })))) {
            assertThat(seen.next()).isZero();
            List<Artist> many = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                many.add(new Artist(0, "artist " + i, null));
            }
            db.insertInto(ARTIST).values(many).execute();
            assertThat(seen.next()).isEqualTo(10_000L);
            seen.noneWithin(QUIET);
        }
        if (t.is(TestTarget.MARIADB)) {
            // the handle's own event and, up to a poll later, the change table's: see MariaDbChangeTableSource
            assertThat(runs.get()).isBetween(2, 3);
        } else {
            assertThat(runs).hasValue(2);
        }
    }

    @AllDatabases
    void handWrittenSqlWithoutNamedTablesIsRefusedAtOnce(TestDb t) {
        Quarry db = t.use(ARTIST, ALBUM);
        Prepared<Long> raw = db.executor().prepare(db.sql("SELECT count(*) FROM " + db.quote("artist")).query(),
                r -> r.getLong(0));
        assertThatThrownBy(() -> db.watch(LiveQuery.of(raw)))
                .isInstanceOf(MisuseException.class)
                .hasMessageContaining("LiveQuery.readingTables");
    }
}
