package dev.quarry.internal.dialect.postgres;

import java.time.Duration;
import java.util.Properties;

/** The pgjdbc connection properties Quarry sets; properties in the URL itself take precedence. Stateless. */
public final class PostgresDriverProperties {
    private PostgresDriverProperties() {
    }

    /** Adds Quarry's pgjdbc properties to {@code p}. */
    public static void addTo(Properties p, Duration busyTimeout) {
        // One multi-row INSERT per batch instead of one statement per row; batch counts then come back as
        // SUCCESS_NO_INFO (-2) and are counted by Quarry (https://jdbc.postgresql.org/documentation/use/).
        p.setProperty("reWriteBatchedInserts", "true");
        // Keep row values (the server's DETAIL: "Key (name)=(x) already exists") out of exception messages;
        // Quarry redacts bound values unless value logging is on (https://jdbc.postgresql.org/documentation/use/).
        p.setProperty("logServerErrorDetail", "false");
        // busyTimeout bounds lock waits (https://www.postgresql.org/docs/current/runtime-config-client.html).
        p.setProperty("options", "-c lock_timeout=" + busyTimeout.toMillis());
    }
}
