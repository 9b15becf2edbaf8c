package dev.quarry.sync;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** A replica file belongs to one primary: opened with another, it is refused and left as it was. */
class ReplicaFileTest {
    @TempDir
    Path dir;

    @OnDatabases(TestTarget.POSTGRES)
    void aFileOfAnotherPrimaryIsRefusedAndLeftAsItWas(TestDb t) throws Exception {
        Quarry first = t.use(ARTIST);
        SyncPrimary.install(first, List.of(ARTIST));
        first.insertInto(ARTIST).values(new Artist(0, "first's", null)).execute();
        Path file = dir.resolve("r.db");
        try (Replica replica = Replica.open(file, first, List.of(ARTIST))) {
            assertThat(replica.local().selectFrom(ARTIST).fetch()).hasSize(1);
        }
        String other = t.schemaName() + "_other";
        try (Connection c = t.jdbc(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + other);
            try (Quarry second = Quarry.open(t.url().replace(t.schemaName(), other))) {
                second.schema().create(ARTIST);
                SyncPrimary.install(second, List.of(ARTIST));
                byte[] before = Files.readAllBytes(file);
                assertThatThrownBy(() -> Replica.open(file, second, List.of(ARTIST)))
                        .isInstanceOf(ReplicaMismatchException.class)
                        .hasMessageContaining(file.toString()).hasMessageContaining("another file");
                assertThat(Files.readAllBytes(file)).isEqualTo(before);
            } finally {
                st.execute("DROP SCHEMA " + other + " CASCADE");
            }
        }
        try (Replica replica = Replica.open(file, first, List.of(ARTIST))) {
            assertThat(replica.local().select(ARTIST.name).from(ARTIST).fetch()).containsExactly("first's");
        }
    }
}
