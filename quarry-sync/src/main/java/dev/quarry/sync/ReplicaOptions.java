package dev.quarry.sync;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Replica} runs. Immutable: each method returns a copy with one option changed.
 *
 * @param syncEvery how often the replica syncs by itself, on a background task of the local database; zero (the
 *                  default) syncs only when {@link Replica#sync()} or {@link Replica#write} is called. A failed
 *                  background sync (the primary unreachable) goes to the local database's callback error handler
 *                  and the next one tries again; reads stay local meanwhile.
 */
public record ReplicaOptions(Duration syncEvery) {

    /** Syncs only when asked. */
    public static final ReplicaOptions DEFAULTS = new ReplicaOptions(Duration.ZERO);

    public ReplicaOptions {
        Objects.requireNonNull(syncEvery, "syncEvery");
        if (syncEvery.isNegative()) {
            throw new IllegalArgumentException("syncEvery must not be negative, was " + syncEvery);
        }
    }

    /** These options, syncing every {@code interval} in the background. */
    public ReplicaOptions syncEvery(Duration interval) {
        return new ReplicaOptions(interval);
    }
}
