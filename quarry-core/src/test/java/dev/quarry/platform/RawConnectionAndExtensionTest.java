package dev.quarry.platform;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A raw connection lent for one piece of work, capabilities asked instead of names, and module extensions. */
class RawConnectionAndExtensionTest {

    private static long count(java.sql.Connection c, Quarry db) throws java.sql.SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + db.quote("artist"))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @AllDatabases
    void aWriteConnectionWritesAndAReadConnectionSeesIt(TestDb t) {
        Quarry db = t.use(ARTIST);
        int written = db.withConnection(ConnectionAccess.WRITE, c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO " + db.quote("artist") + " (" + db.quote("name") + ", "
                        + db.quote("country") + ") VALUES ('raw', 'IS')");
            }
        });
        assertThat(written).isOne();
        long read = db.withConnection(ConnectionAccess.READ, c -> count(c, db));
        assertThat(read).isOne();
        assertThat(db.platform().resources().connections()).isZero();
    }

    @AllDatabases
    void insideATransactionTheTransactionsOwnConnectionIsLent(TestDb t) {
        Quarry db = t.use(ARTIST);
        long seen = db.transaction(tx -> {
            tx.insertInto(ARTIST).values(new Artist(0, "uncommitted", "IS")).execute();
            return tx.withConnection(ConnectionAccess.READ, c -> count(c, db));
        });
        assertThat(seen).as("the raw connection sees the transaction's own uncommitted row").isOne();
    }

    @AllDatabases
    void closingTheLentConnectionOrLeavingAutoCommitOffIsRefused(TestDb t) {
        Quarry db = t.use(ARTIST);
        assertThatThrownBy(() -> db.withConnection(ConnectionAccess.READ, c -> {
            c.close();
            return null;
        })).isInstanceOf(MisuseException.class).hasMessageContaining("do not close it");
        assertThatThrownBy(() -> db.withConnection(ConnectionAccess.WRITE, c -> {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO " + db.quote("artist") + " (" + db.quote("name") + ") VALUES ('x')");
            }
            return null;
        })).isInstanceOf(MisuseException.class).hasMessageContaining("rolled back");
        assertThat(db.selectFrom(ARTIST).fetch()).as("the work left open was rolled back").isEmpty();
        db.insertInto(ARTIST).values(new Artist(0, "after", "IS")).execute();
        assertThat(db.selectFrom(ARTIST).fetch()).hasSize(1);
    }

    @AllDatabases
    void aDriverErrorInTheWorkArrivesTyped(TestDb t) {
        Quarry db = t.use(ARTIST);
        assertThatThrownBy(() -> db.withConnection(ConnectionAccess.READ, c -> {
            try (Statement s = c.createStatement()) {
                return s.executeQuery("SELECT nope FROM nowhere_at_all").next();
            }
        })).isInstanceOf(QuarryException.class);
    }

    @AllDatabases
    void capabilitiesSayWhatTheDatabaseCanDo(TestDb t) {
        Quarry db = t.db();
        assertThat(db.capabilities().embedded()).isEqualTo(t.is(TestTarget.SQLITE));
        assertThat(db.capabilities().transactionalDdl()).isEqualTo(!t.is(TestTarget.MARIADB));
        assertThat(db.capabilities().savepoints()).isTrue();
    }

    /** A module attached to a database, closed with it. */
    static final class Module implements AutoCloseable {
        static final AtomicInteger MADE = new AtomicInteger();
        boolean closed;

        Module(Quarry db) {
            MADE.incrementAndGet();
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @AllDatabases
    void anExtensionIsMadeOncePerDatabaseAndClosedWithIt(TestDb t) {
        Quarry db = t.open();
        int before = Module.MADE.get();
        Module first = db.extension(Module.class, Module::new);
        assertThat(db.extension(Module.class, Module::new)).isSameAs(first);
        assertThat(Module.MADE.get() - before).isOne();
        db.close();
        assertThat(first.closed).isTrue();
        assertThatThrownBy(() -> db.extension(Module.class, Module::new)).isInstanceOf(MisuseException.class);
    }
}
