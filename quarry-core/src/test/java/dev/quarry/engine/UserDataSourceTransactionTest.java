package dev.quarry.engine;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Isolation;
import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.TransactionOptions;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.util.List;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * Transactions with a user's own {@link DataSource} (the driver's, as a container would give it) follow the
 * database, not the connection source: a SQLite DataSource gets SQLite's BEGIN / COMMIT, never {@code SET
 * TRANSACTION}, which SQLite does not have.
 */
class UserDataSourceTransactionTest {

    @AllDatabases
    void aReadOnlyTransactionReadsAndRefusesAWriteLeavingTheDataAsItWas(TestDb t) throws Exception {
        t.use(ARTIST).insertInto(ARTIST).values(new Artist(0, "kept", "IS")).execute();
        try (Quarry db = Quarry.open(dataSource(t), QuarrySettings.DEFAULTS)) {
            List<String> seen = db.transaction(TransactionOptions.READ_ONLY,
                    tx -> tx.select(ARTIST.name).from(ARTIST).fetch());
            assertThat(seen).containsExactly("kept");
            assertThatThrownBy(() -> db.transaction(TransactionOptions.READ_ONLY,
                    tx -> tx.insertInto(ARTIST).values(new Artist(0, "written", "IS")).execute()))
                    .isInstanceOf(MisuseException.class).hasMessageContaining("read-only");
            assertThat(db.select(ARTIST.name).from(ARTIST).fetch()).containsExactly("kept");
            // the connection the read-only transaction used writes again afterwards
            db.insertInto(ARTIST).values(new Artist(0, "after", "IS")).execute();
            assertThat(db.select(ARTIST.name).from(ARTIST).orderBy(ARTIST.name.asc()).fetch())
                    .containsExactly("after", "kept");
        }
    }

    @AllDatabases
    void everyIsolationLevelRunsAndCommits(TestDb t) throws Exception {
        t.use(ARTIST);
        try (Quarry db = Quarry.open(dataSource(t), QuarrySettings.DEFAULTS)) {
            for (Isolation level : Isolation.values()) {
                db.transaction(TransactionOptions.DEFAULT.withIsolation(level),
                        tx -> tx.insertInto(ARTIST).values(new Artist(0, level.name(), "IS")).execute());
                long read = db.transaction(TransactionOptions.READ_ONLY.withIsolation(level),
                        tx -> tx.selectFrom(ARTIST).where(ARTIST.name.eq(level.name())).fetch().size());
                assertThat(read).as(level.name()).isEqualTo(1);
            }
            assertThat(db.selectFrom(ARTIST).fetch()).hasSize(Isolation.values().length);
        }
    }

    @AllDatabases
    void aReadOnlyTransactionThatRanNoStatementLeavesItsConnectionWritable(TestDb t) {
        Quarry db = t.use(ARTIST);
        for (int i = 0; i < 12; i++) { // more than the pool holds, so every connection had an empty read-only one
            db.transaction(TransactionOptions.READ_ONLY, tx -> null);
        }
        for (int i = 0; i < 12; i++) {
            db.insertInto(ARTIST).values(new Artist(0, "written " + i, "IS")).execute();
        }
        assertThat(db.selectFrom(ARTIST).fetch()).hasSize(12);
    }

    /** The driver's own DataSource on the test's schema. */
    static DataSource dataSource(TestDb t) throws Exception {
        switch (t.target()) {
            case SQLITE: {
                SQLiteDataSource ds = new SQLiteDataSource();
                ds.setUrl(t.url());
                return ds;
            }
            case POSTGRES: {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setURL(t.url());
                return ds;
            }
            default:
                return new MariaDbDataSource(t.url());
        }
    }
}
