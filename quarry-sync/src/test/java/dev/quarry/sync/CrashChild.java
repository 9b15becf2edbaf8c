package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;

import dev.quarry.Quarry;
import java.nio.file.Path;
import java.util.List;

/**
 * A replica process for {@link ReplicaCrashTest}: opens the replica file (offline writes on), syncs, and stops at
 * the named crash point, saying so on standard output, to be killed there with kill -9 by the test.
 * Arguments: primary URL, replica file, crash point.
 */
public final class CrashChild {
    static final String REACHED = "CRASH-POINT ";

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String point = args[2];
        CrashPoints.hook = reached -> {
            if (reached.equals(point)) {
                System.out.println(REACHED + reached);
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE); // killed here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        try (Quarry primary = Quarry.open(args[0]);
             Replica replica = Replica.open(Path.of(args[1]), primary, List.of(ACCOUNT),
                     ReplicaOptions.DEFAULTS.offlineWrites())) {
            replica.sync();
        }
        System.out.println("NO CRASH");
        System.exit(3);
    }
}
