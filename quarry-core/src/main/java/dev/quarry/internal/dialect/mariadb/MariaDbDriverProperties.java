package dev.quarry.internal.dialect.mariadb;

import java.time.Duration;
import java.util.Properties;

/** The mariadb-java-client connection properties Quarry sets; properties in the URL take precedence. Stateless. */
public final class MariaDbDriverProperties {
    private MariaDbDriverProperties() {
    }

    /** Adds Quarry's MariaDB driver properties to {@code p}. */
    public static void addTo(Properties p, Duration busyTimeout) {
        // The row-lock wait, in whole seconds (https://mariadb.com/kb/en/innodb-system-variables/).
        long seconds = Math.max(1, (busyTimeout.toMillis() + 999) / 1000);
        p.setProperty("sessionVariables", "innodb_lock_wait_timeout=" + seconds);
    }
}
