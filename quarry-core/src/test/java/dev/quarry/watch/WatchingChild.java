package dev.quarry.watch;

import dev.quarry.Quarry;
import dev.quarry.query.Dsl;
import dev.quarry.fixtures.ArtistTable;

/**
 * A separate process that watches the artist table of {@code args[0]}, prints "watching" once its first result came,
 * and then waits to be killed.
 */
public final class WatchingChild {
    private WatchingChild() {
    }

    public static void main(String[] args) throws Exception {
        Quarry db = Quarry.open(args[0]);
        db.watch(db.select(Dsl.count()).from(ArtistTable.ARTIST)).listen(rows -> {
            System.out.println("watching");
            System.out.flush();
        }, Throwable::printStackTrace);
        Thread.sleep(Long.MAX_VALUE);
    }
}
