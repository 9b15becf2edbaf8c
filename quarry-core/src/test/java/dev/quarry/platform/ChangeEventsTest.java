package dev.quarry.platform;

import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.ChangeEvent;
import dev.quarry.spi.ChangeListener;
import dev.quarry.spi.Subscription;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Committed writes made through a handle reach its change listeners once, after the commit; nothing else does. */
class ChangeEventsTest {
    private final List<ChangeEvent> events = new CopyOnWriteArrayList<>();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    private Quarry open(TestDb t) {
        t.use(ARTIST, ALBUM);
        return t.open(QuarrySettings.builder().onCallbackError((source, e) -> failures.add(source + ": "
                + e.getMessage())).build());
    }

    @AllDatabases
    void aDslWriteOutsideATransactionNamesItsTableAfterItCommitted(TestDb t) {
        Quarry db = open(t);
        try (Subscription s = db.platform().subscribe(e -> {
            events.add(e);
            // the write is visible to a new reader by now: the event comes after the commit
            assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
        })) {
            db.insertInto(ARTIST).values(new Artist(0, "Nick Cave", "AU")).execute();
        }
        assertThat(events).containsExactly(new ChangeEvent(Set.of("artist"), false, false));
        assertThat(failures).isEmpty();
    }

    @AllDatabases
    void aTransactionIsOneEventWithEveryTableItWroteAndReadsAreNone(TestDb t) {
        Quarry db = open(t);
        try (Subscription s = db.platform().subscribe(events::add)) {
            db.selectFrom(ARTIST).fetch();
            db.transactionRun(tx -> {
                tx.insertInto(ARTIST).values(new Artist(0, "a", "AU")).execute();
                tx.update(ARTIST).set(ARTIST.country, "NZ").execute();
                tx.deleteFrom(ALBUM).execute();
                assertThat(events).as("nothing before the commit").isEmpty();
            });
        }
        assertThat(events).containsExactly(new ChangeEvent(Set.of("artist", "album"), false, false));
    }

    @AllDatabases
    void aRolledBackTransactionAndAFailedStatementChangeNothing(TestDb t) {
        Quarry db = open(t);
        db.insertInto(ARTIST).values(new Artist(0, "kept", "AU")).execute();
        try (Subscription s = db.platform().subscribe(events::add)) {
            assertThatThrownBy(() -> db.transactionRun(tx -> {
                tx.insertInto(ARTIST).values(new Artist(0, "b", "AU")).execute();
                throw new IllegalStateException("no");
            })).hasMessage("no");
            assertThatThrownBy(() -> db.insertInto(ARTIST).values(new Artist(0, "kept", "NZ")).execute())
                    .isInstanceOf(dev.quarry.error.UniqueViolationException.class);
        }
        assertThat(events).isEmpty();
    }

    @AllDatabases
    void handWrittenSqlThatWritesChangesEveryTable(TestDb t) {
        Quarry db = open(t);
        try (Subscription s = db.platform().subscribe(events::add)) {
            db.sql("SELECT count(*) FROM " + db.quote("artist")).fetch(r -> r.getLong(0));
            db.sql("DELETE FROM " + db.quote("artist")).execute();
        }
        assertThat(events).hasSize(1);
        assertThat(events.get(0).allTables()).isTrue();
        assertThat(events.get(0).touches("anything")).isTrue();
    }

    @AllDatabases
    void aFailingListenerGoesToTheHandlerAndTheWriteStands(TestDb t) {
        Quarry db = open(t);
        try (Subscription s = db.platform().subscribe(e -> {
            throw new IllegalStateException("listener broke");
        })) {
            db.insertInto(ARTIST).values(new Artist(0, "stays", "AU")).execute();
        }
        assertThat(failures).containsExactly("change listener: listener broke");
        assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
    }

    @AllDatabases
    void aClosedSubscriptionHearsNothing(TestDb t) {
        Quarry db = open(t);
        db.platform().subscribe(events::add).close();
        db.insertInto(ARTIST).values(new Artist(0, "x", "AU")).execute();
        assertThat(events).isEmpty();
    }

    @AllDatabases
    void closingASubscriptionTwiceEndsOnlyItself(TestDb t) {
        Quarry db = open(t);
        ChangeListener listener = events::add;
        Subscription first = db.platform().subscribe(listener);
        try (Subscription second = db.platform().subscribe(listener)) {
            first.close();
            first.close();
            db.insertInto(ARTIST).values(new Artist(0, "y", "AU")).execute();
            assertThat(events).as("the second registration still hears").hasSize(1);
        }
    }
}
