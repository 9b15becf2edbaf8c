package dev.quarry.platform;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.StatementEvent;
import dev.quarry.error.QuarryException;
import dev.quarry.error.UniqueViolationException;
import dev.quarry.fixtures.Artist;
import dev.quarry.spi.StatementKind;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * User code Quarry calls back never runs while Quarry holds a connection or lock, and its failures reach the
 * callback error handler instead of a caller whose work succeeded.
 */
class CallbacksAndListenersTest {
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final List<StatementEvent> events = new CopyOnWriteArrayList<>();
    private final AtomicReference<Quarry> self = new AtomicReference<>();
    private final List<Integer> heldWhenTold = new CopyOnWriteArrayList<>();

    private Quarry open(TestDb t) {
        t.use(ARTIST);
        Quarry db = t.open(QuarrySettings.builder()
                .onCallbackError((source, e) -> failures.add(source + ": " + e.getMessage()))
                .onStatement(e -> {
                    events.add(e);
                    heldWhenTold.add(self.get().platform().resources().connections());
                })
                .build());
        self.set(db);
        return db;
    }

    @AllDatabases
    void anAfterCommitCallbackThatThrowsDoesNotMakeTheCommittedTransactionLookFailed(TestDb t) {
        Quarry db = open(t);
        long inserted = db.transaction(tx -> {
            tx.afterCommit(() -> {
                throw new IllegalStateException("callback broke");
            });
            tx.afterCommit(() -> failures.add("second callback ran"));
            return tx.insertInto(ARTIST).values(new Artist(0, "committed", "IS")).execute();
        });
        assertThat(inserted).isEqualTo(1);
        assertThat(failures).containsExactly("afterCommit callback: callback broke", "second callback ran");
        assertThat(db.selectFrom(ARTIST).fetch()).extracting(Artist::name).containsExactly("committed");
    }

    @AllDatabases
    void theStatementListenerIsToldAfterTheConnectionIsGivenBackWithWhatTheStatementTouched(TestDb t) {
        Quarry db = open(t);
        events.clear();
        heldWhenTold.clear();
        db.insertInto(ARTIST).values(new Artist(0, "a", "IS")).execute();
        int before = events.size();
        db.transactionRun(tx -> {
            tx.selectFrom(ARTIST).fetch();
            assertThat(events).as("nothing told while the transaction holds its connection").hasSize(before);
        });
        assertThat(events).hasSizeGreaterThan(before);
        assertThat(heldWhenTold).isNotEmpty().containsOnly(0);
        StatementEvent insert = events.stream().filter(e -> e.kind() == StatementKind.INSERT).findFirst()
                .orElseThrow();
        assertThat(insert.tablesWritten()).containsExactly("artist");
        assertThat(insert.tablesKnown()).isTrue();
        assertThat(insert.rows()).isEqualTo(1);
        assertThat(insert.succeeded()).isTrue();
        StatementEvent select = events.stream().filter(e -> e.kind() == StatementKind.QUERY).findFirst()
                .orElseThrow();
        assertThat(select.tablesRead()).isEqualTo(Set.of("artist"));
        assertThat(select.rows()).isEqualTo(1);
    }

    @AllDatabases
    void aFailedStatementIsAnEventWithItsFailure(TestDb t) {
        Quarry db = open(t);
        db.insertInto(ARTIST).values(new Artist(0, "a", "IS")).execute();
        events.clear();
        assertThatThrownBy(() -> db.insertInto(ARTIST).values(new Artist(0, "a", "NO")).execute())
                .isInstanceOf(UniqueViolationException.class);
        StatementEvent failed = events.stream().filter(e -> !e.succeeded()).findFirst().orElseThrow();
        assertThat(failed.kind()).isEqualTo(StatementKind.INSERT);
        assertThat(failed.failure()).isInstanceOf(UniqueViolationException.class);
        assertThat(failed.rows()).isEqualTo(-1);
    }

    @AllDatabases
    void aStreamThatFailsToOpenIsAnEventWithItsFailure(TestDb t) {
        Quarry db = open(t);
        events.clear();
        assertThatThrownBy(() -> db.sql("SELECT nope FROM nowhere_at_all").stream(r -> r.getLong(0)).close())
                .isInstanceOf(QuarryException.class);
        StatementEvent failed = events.stream().filter(e -> !e.succeeded()).findFirst().orElseThrow();
        assertThat(failed.sql()).isEqualTo("SELECT nope FROM nowhere_at_all");
        assertThat(failed.kind()).isEqualTo(StatementKind.QUERY);
        assertThat(failed.tablesKnown()).as("hand-written SQL is not parsed").isFalse();
    }

    @AllDatabases
    void aListenerThatThrowsGoesToTheHandlerAndTheStatementStands(TestDb t) {
        t.use(ARTIST);
        Quarry db = t.open(QuarrySettings.builder()
                .onCallbackError((source, e) -> failures.add(source + ": " + e.getMessage()))
                .onStatement(e -> {
                    throw new IllegalStateException("listener broke");
                })
                .build());
        assertThat(db.insertInto(ARTIST).values(new Artist(0, "kept", "IS")).execute()).isEqualTo(1);
        assertThat(failures).isNotEmpty().allMatch(f -> f.equals("statement listener: listener broke"));
        assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
    }
}
