package dev.quarry.sync;

import static dev.quarry.fixtures.ArtistTable.ARTIST;

import dev.quarry.Quarry;
import dev.quarry.fixtures.Artist;
import dev.quarry.query.Dsl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A replica process for {@link ReplicaRecopyTest}, run with a small heap: copies the artist table, then copies it
 * again after compaction and after a new generation, printing what each sync said. Arguments: primary URL, replica
 * file.
 */
public final class RecopyChild {
    private RecopyChild() {
    }

    public static void main(String[] args) {
        try (Quarry primary = Quarry.open(args[0]);
             Replica replica = Replica.open(Path.of(args[1]), primary, List.of(ARTIST))) {
            System.out.println("bootstrap " + replica.local().select(Dsl.count()).from(ARTIST).fetchOne());
            primary.insertInto(ARTIST).values(new Artist(0, "after the copy", null)).execute();
            SyncPrimary.compact(primary, List.of(ARTIST), Duration.ZERO);
            System.out.println("compaction " + replica.sync());
            SyncPrimary.rotateGeneration(primary);
            System.out.println("generation " + replica.sync());
        }
        System.exit(0);
    }
}
