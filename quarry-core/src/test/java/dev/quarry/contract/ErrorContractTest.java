package dev.quarry.contract;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static dev.quarry.fixtures.AlbumTable.ALBUM;
import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.fixtures.PlaylistTrackTable.PLAYLIST_TRACK;
import static dev.quarry.fixtures.TrackTable.TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Isolation;
import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.Transaction;
import dev.quarry.TransactionOptions;
import dev.quarry.error.BusyException;
import dev.quarry.error.CheckViolationException;
import dev.quarry.error.ConstraintViolationException;
import dev.quarry.error.ForeignKeyViolationException;
import dev.quarry.error.InvalidValueException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.NotNullViolationException;
import dev.quarry.error.QuarryException;
import dev.quarry.error.SerializationFailureException;
import dev.quarry.error.UniqueViolationException;
import dev.quarry.fixtures.Account;
import dev.quarry.fixtures.AccountTable;
import dev.quarry.fixtures.Album;
import dev.quarry.fixtures.Artist;
import dev.quarry.fixtures.MusicData;
import dev.quarry.fixtures.PlaylistTrack;
import dev.quarry.fixtures.Track;
import dev.quarry.query.Dsl;
import dev.quarry.query.Prepared;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

/**
 * Each error a caller can act on, provoked through the DSL on every database and asserted by type; after each, the
 * data is as it was.
 */
class ErrorContractTest {
    private TestDb t;
    private Quarry db;
    private MusicData data;

    @BeforeEach
    void seed(TestDb testDb) {
        t = testDb;
        db = testDb.use(ARTIST, ALBUM, TRACK, PLAYLIST_TRACK);
        data = MusicData.insert(db);
        db.insertInto(PLAYLIST_TRACK).values(new PlaylistTrack(1, 101, 1)).execute();
    }

    /** Runs {@code action}, expecting {@code type}, and checks that no table changed. */
    private <X extends Throwable> X assertFailsLeavingDataUnchanged(Class<X> type, ThrowingCallable action) {
        List<Artist> artists = db.selectFrom(ARTIST).fetch();
        List<Album> albums = db.selectFrom(ALBUM).fetch();
        List<Track> tracks = db.selectFrom(TRACK).fetch();
        List<PlaylistTrack> playlist = db.selectFrom(PLAYLIST_TRACK).fetch();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try {
                action.call();
            } catch (Throwable e) {
                thrown.set(e);
                throw e;
            }
        }).isInstanceOf(type);
        assertThat(db.selectFrom(ARTIST).fetch()).containsExactlyInAnyOrderElementsOf(artists);
        assertThat(db.selectFrom(ALBUM).fetch()).containsExactlyInAnyOrderElementsOf(albums);
        assertThat(db.selectFrom(TRACK).fetch()).containsExactlyInAnyOrderElementsOf(tracks);
        assertThat(db.selectFrom(PLAYLIST_TRACK).fetch()).containsExactlyInAnyOrderElementsOf(playlist);
        return type.cast(thrown.get());
    }

    private boolean namesConstraints() {
        return !t.is(TestTarget.SQLITE); // SQLite reports the columns of a violated key, not its name
    }

    @AllDatabases
    void aDuplicateUniqueValueIsAUniqueViolationNamingTheConstraintAndTheColumn() {
        // SQLite reports only the columns and MariaDB only the key's name: the other half comes from the schema
        UniqueViolationException e = assertFailsLeavingDataUnchanged(UniqueViolationException.class,
                () -> db.insertInto(ARTIST).values(new Artist(0, "Queen", "again")).execute());
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.sql()).isNotBlank();
        assertThat(e.constraint()).isEqualTo("artist_name_key");
        assertThat(e.column()).isEqualTo("name");
        UniqueViolationException byUpdate = assertFailsLeavingDataUnchanged(UniqueViolationException.class,
                () -> db.update(ARTIST).set(ARTIST.name, "Queen").execute());
        assertThat(byUpdate.constraint()).isEqualTo("artist_name_key");
        assertThat(byUpdate.column()).isEqualTo("name");
        Prepared<Void> rename = db.update(ARTIST).set(ARTIST.name, Dsl.param(ARTIST.name)).prepare();
        UniqueViolationException byPrepared = assertFailsLeavingDataUnchanged(UniqueViolationException.class,
                () -> rename.execute("Queen"));
        assertThat(byPrepared.constraint()).isEqualTo("artist_name_key");
        assertThat(byPrepared.column()).isEqualTo("name");
    }

    @AllDatabases
    void aDuplicatePrimaryKeyIsAUniqueViolationNamingTheKeyColumn() {
        Track copy = data.tracks().get(0);
        UniqueViolationException e = assertFailsLeavingDataUnchanged(UniqueViolationException.class,
                () -> db.insertInto(TRACK).values(copy).execute());
        assertThat(e.column()).isEqualTo("id");
    }

    @AllDatabases
    void aDuplicateOfATwoColumnUniqueKeyIsAUniqueViolationNamingTheConstraint() {
        Track clash = new Track(999, 11L, 1, "Clash", null, 1, null, BigDecimal.ONE.setScale(2));
        UniqueViolationException e = assertFailsLeavingDataUnchanged(UniqueViolationException.class,
                () -> db.insertInto(TRACK).values(clash).execute());
        assertThat(e.constraint()).isEqualTo("track_album_position_key");
        assertThat(e.column()).as("two columns: no one column").isNull();
    }

    @AllDatabases
    void aViolationInAMultiRowInsertWritesNoneOfItsRows() {
        List<Track> rows = List.of(new Track(900, null, 1, "fine", null, 1, null, BigDecimal.ONE.setScale(2)),
                data.tracks().get(2));
        assertFailsLeavingDataUnchanged(UniqueViolationException.class,
                () -> db.insertInto(TRACK).values(rows).execute());
    }

    @AllDatabases
    void aRowPointingAtAMissingParentIsAForeignKeyViolation() {
        ForeignKeyViolationException e = assertFailsLeavingDataUnchanged(ForeignKeyViolationException.class,
                () -> db.insertInto(ALBUM).values(new Album(99, -1, "Orphan", null, BigDecimal.TEN.setScale(2)))
                        .execute());
        if (namesConstraints()) {
            assertThat(e.constraint()).isEqualTo("album_artist_id_fkey");
        }
    }

    @AllDatabases
    void deletingARowStillPointedAtIsAForeignKeyViolation() {
        assertFailsLeavingDataUnchanged(ForeignKeyViolationException.class,
                () -> db.deleteFrom(TRACK).where(TRACK.id.eq(101L)).execute());
    }

    @AllDatabases
    void writingNullIntoANotNullColumnIsANotNullViolationNamingTheColumn() {
        NotNullViolationException e = assertFailsLeavingDataUnchanged(NotNullViolationException.class,
                () -> db.update(ARTIST).set(ARTIST.name, (String) null).execute());
        assertThat(e.column()).isEqualTo("name");
    }

    @AllDatabases
    void leavingOutANotNullColumnIsANotNullViolation() {
        assertFailsLeavingDataUnchanged(NotNullViolationException.class,
                () -> db.insertInto(TRACK).set(TRACK.id, 5_000L).set(TRACK.position, 1).execute());
    }

    @AllDatabases
    void breakingACheckConstraintIsACheckViolation() {
        String ddl = AccountTable.DDL.replace("CREATE TABLE account", "CREATE TABLE IF NOT EXISTS account");
        db.sql(ddl).execute();
        db.deleteFrom(ACCOUNT).execute();
        db.insertInto(ACCOUNT).values(new Account(1, "ann", 10)).execute();
        assertThatThrownBy(() -> db.update(ACCOUNT).set(ACCOUNT.balance, ACCOUNT.balance.minus(11L)).execute())
                .isInstanceOf(CheckViolationException.class);
        assertThat(db.selectFrom(ACCOUNT).fetch()).containsExactly(new Account(1, "ann", 10));
    }

    @AllDatabases
    void aViolationInsideATransactionRollsBackTheWholeTransaction() {
        assertFailsLeavingDataUnchanged(UniqueViolationException.class, () -> db.transactionRun(tx -> {
            tx.insertInto(ARTIST).values(new Artist(0, "Fresh", null)).execute();
            tx.update(TRACK).set(TRACK.rating, 1).execute();
            tx.insertInto(ARTIST).values(new Artist(0, "Queen", null)).execute();
        }));
    }

    @AllDatabases
    void theErrorMessageDoesNotShowTheBoundValue() {
        String secret = "Queen";
        ConstraintViolationException e = assertFailsLeavingDataUnchanged(UniqueViolationException.class,
                () -> db.insertInto(ARTIST).values(new Artist(0, secret, "s3cr3t-country")).execute());
        assertThat(e.getMessage()).doesNotContain("s3cr3t-country").doesNotContain("'" + secret + "'");
    }

    @AllDatabases
    void textLongerThanItsColumnIsAnInvalidValue() {
        String tooLong = "x".repeat(121);
        assertFailsLeavingDataUnchanged(InvalidValueException.class,
                () -> db.insertInto(ARTIST).values(new Artist(0, tooLong, null)).execute());
    }

    @AllDatabases
    void aRefusedValueIsNamedByItsTableAndColumnAndShownOnlyWithValueLogging() {
        String secret = "secret-password-123" + "x".repeat(120);
        InvalidValueException insert = assertFailsLeavingDataUnchanged(InvalidValueException.class,
                () -> db.insertInto(ARTIST).values(new Artist(0, secret, null)).execute());
        assertThat(insert.getMessage()).contains("artist.name", "STRING(120)", "139 characters", "Nothing was written")
                .doesNotContain("secret-password");
        InvalidValueException many = assertFailsLeavingDataUnchanged(InvalidValueException.class,
                () -> db.insertInto(ARTIST).values(List.of(new Artist(0, "fine", null), new Artist(0, secret, "also")))
                        .execute());
        assertThat(many.getMessage()).contains("artist.name").doesNotContain("secret-password");
        InvalidValueException batch = assertFailsLeavingDataUnchanged(InvalidValueException.class,
                () -> db.insertInto(ARTIST).batch(List.of(new Artist(0, secret, null))).execute());
        assertThat(batch.getMessage()).contains("artist.name").doesNotContain("secret-password");
        InvalidValueException update = assertFailsLeavingDataUnchanged(InvalidValueException.class,
                () -> db.update(ALBUM).set(ALBUM.price, new BigDecimal("9.999")).where(ALBUM.id.eq(11L)).execute());
        assertThat(update.getMessage()).contains("album.price", "DECIMAL(10, 2)").doesNotContain("9.999");

        Quarry logging = t.open(QuarrySettings.builder().logValues(true).build());
        assertThatThrownBy(() -> logging.insertInto(ARTIST).values(new Artist(0, secret, null)).execute())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("artist.name").hasMessageContaining("The value: 'secret-password-123");
    }

    @AllDatabases
    void aDecimalWithMoreDigitsAfterThePointThanItsScaleIsAnInvalidValue() {
        assertFailsLeavingDataUnchanged(InvalidValueException.class,
                () -> db.update(ALBUM).set(ALBUM.price, new BigDecimal("9.999")).where(ALBUM.id.eq(11L)).execute());
    }

    @AllDatabases
    void aDecimalTooLargeForItsPrecisionIsAnInvalidValue() {
        assertFailsLeavingDataUnchanged(InvalidValueException.class,
                () -> db.update(TRACK).set(TRACK.unitPrice, new BigDecimal("12345.67")).execute());
    }

    @AllDatabases
    void aWriteBlockedByAnotherConnectionsLockIsBusyAfterTheBusyTimeout() throws Exception {
        Duration timeout = Duration.ofSeconds(1);
        Quarry impatient = t.open(QuarrySettings.builder().busyTimeout(timeout).build());
        Connection other = t.jdbc();
        Track first = data.tracks().get(0);
        try (Statement s = other.createStatement()) {
            if (t.is(TestTarget.SQLITE)) {
                s.execute("BEGIN IMMEDIATE");
            } else {
                other.setAutoCommit(false);
            }
            s.executeUpdate("UPDATE track SET rating = 0 WHERE id = " + first.id());
            long start = System.nanoTime();
            BusyException e = catchBusy(() -> impatient.update(TRACK).set(TRACK.rating, 2)
                    .where(TRACK.id.eq(first.id())).execute());
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertThat(e.isRetryable()).isTrue();
            assertThat(waited).isBetween(timeout.minusMillis(200), timeout.multipliedBy(10));
            if (t.is(TestTarget.SQLITE)) {
                s.execute("ROLLBACK");
            } else {
                other.rollback();
            }
        }
        assertThat(db.selectFrom(TRACK).where(TRACK.id.eq(first.id())).fetchOne()).isEqualTo(first);
    }

    @OnDatabases(TestTarget.SQLITE)
    void aTransactionWhoseBeginIsBlockedByAnotherWriterIsBusyAndNeverRunsItsBody() throws Exception {
        Quarry impatient = t.open(QuarrySettings.builder().busyTimeout(Duration.ofMillis(200)).build());
        AtomicBoolean ran = new AtomicBoolean();
        try (Connection other = t.jdbc(); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            BusyException e = catchBusy(() -> impatient.transactionRun(tx -> {
                ran.set(true);
                tx.insertInto(ARTIST).values(new Artist(0, "never", null)).execute();
            }));
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getMessage()).contains("BEGIN IMMEDIATE");
            s.execute("ROLLBACK");
        }
        assertThat(ran).isFalse();
        impatient.transactionRun(tx -> tx.insertInto(ARTIST).values(new Artist(0, "later", null)).execute());
        assertThat(db.select(ARTIST.name).from(ARTIST).where(ARTIST.name.eq("later")).fetch()).hasSize(1);
    }

    private static BusyException catchBusy(ThrowingCallable action) {
        AtomicReference<BusyException> caught = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try {
                action.call();
            } catch (BusyException e) {
                caught.set(e);
                throw e;
            }
        }).isInstanceOf(BusyException.class);
        return caught.get();
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aConcurrentUpdateOfARowReadInARepeatableReadTransactionIsASerializationFailure() throws Exception {
        Track first = data.tracks().get(0);
        Connection other = t.jdbc();
        SerializationFailureException e = catchSerializationFailure(() ->
                db.transaction(TransactionOptions.DEFAULT.withIsolation(Isolation.REPEATABLE_READ), tx -> {
                    tx.selectFrom(TRACK).where(TRACK.id.eq(first.id())).fetchOne();
                    try (Statement s = other.createStatement()) {
                        s.executeUpdate("UPDATE track SET rating = 0 WHERE id = " + first.id());
                    }
                    return tx.update(TRACK).set(TRACK.rating, 2).where(TRACK.id.eq(first.id())).execute();
                }));
        assertThat(e.isRetryable()).isTrue();
        // the other connection's committed update stands; the failed transaction wrote nothing
        assertThat(db.select(TRACK.rating).from(TRACK).where(TRACK.id.eq(first.id())).fetchOne()).isZero();
    }

    private static SerializationFailureException catchSerializationFailure(ThrowingCallable action) {
        AtomicReference<SerializationFailureException> caught = new AtomicReference<>();
        assertThatThrownBy(() -> {
            try {
                action.call();
            } catch (SerializationFailureException e) {
                caught.set(e);
                throw e;
            }
        }).isInstanceOf(SerializationFailureException.class);
        return caught.get();
    }

    @AllDatabases
    void aClosedDatabaseRefusesWorkAsMisuse() {
        Quarry closed = t.open();
        closed.close();
        closed.close();
        assertThatThrownBy(() -> closed.selectFrom(ARTIST).fetch()).isInstanceOf(MisuseException.class);
        assertThatThrownBy(() -> closed.insertInto(ARTIST).values(new Artist(0, "late", null)).execute())
                .isInstanceOf(MisuseException.class);
        assertThatThrownBy(() -> closed.transactionRun(tx -> { })).isInstanceOf(MisuseException.class);
    }

    @AllDatabases
    void aTransactionUsedAfterItsBodyIsMisuse() {
        AtomicReference<Transaction> escaped = new AtomicReference<>();
        db.transactionRun(escaped::set);
        assertThatThrownBy(() -> escaped.get().selectFrom(ARTIST).fetch()).isInstanceOf(MisuseException.class);
    }

    @AllDatabases
    void aDetachedSelectRunDirectlyIsMisuse() {
        assertThatThrownBy(() -> dev.quarry.query.Dsl.selectFrom(ARTIST).fetch())
                .isInstanceOf(MisuseException.class);
    }

    @AllDatabases
    void everyErrorIsAQuarryExceptionNeverARawSqlException() {
        assertThatThrownBy(() -> db.sql("select * from no_such_table").fetchInto(ARTIST))
                .isInstanceOf(QuarryException.class);
        assertThatThrownBy(() -> db.sql("this is not sql").execute()).isInstanceOf(QuarryException.class);
    }
}
