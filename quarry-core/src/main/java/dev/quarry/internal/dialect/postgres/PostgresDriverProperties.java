package dev.quarry.internal.dialect.postgres;

import java.time.Duration;
import java.util.Properties;

/** The pgjdbc connection properties Quarry sets; properties in the URL itself take precedence. Stateless. */
public final class PostgresDriverProperties {
    private PostgresDriverProperties() {
    }

    /**
     * Adds Quarry's pgjdbc properties to {@code p}; a {@code busyTimeout} PostgreSQL cannot honour is an
     * {@link IllegalArgumentException} saying what to set.
     */
    public static void addTo(Properties p, Duration busyTimeout) {
        // One multi-row INSERT per batch instead of one statement per row; batch counts then come back as
        // SUCCESS_NO_INFO (-2) and are counted by Quarry (https://jdbc.postgresql.org/documentation/use/).
        p.setProperty("reWriteBatchedInserts", "true");
        // Keep row values (the server's DETAIL: "Key (name)=(x) already exists") out of exception messages;
        // Quarry redacts bound values unless value logging is on (https://jdbc.postgresql.org/documentation/use/).
        p.setProperty("logServerErrorDetail", "false");
        // busyTimeout bounds lock waits (https://www.postgresql.org/docs/current/runtime-config-client.html).
        // There "a value of zero (the default) disables the timeout": a zero busyTimeout, which means "do not
        // wait" on SQLite, would mean "wait forever" here, so it is refused rather than passed or raised.
        if (busyTimeout.isZero()) {
            throw new IllegalArgumentException("busyTimeout of 0 ms cannot be given to PostgreSQL, where a "
                    + "lock_timeout of 0 means waiting for locks without limit; set at least 1 ms (or use "
                    + "SELECT ... FOR UPDATE NOWAIT where a statement must not wait)");
        }
        p.setProperty("options", "-c lock_timeout=" + busyTimeout.toMillis());
    }
}
