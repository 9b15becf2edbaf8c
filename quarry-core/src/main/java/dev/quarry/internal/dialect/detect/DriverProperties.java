package dev.quarry.internal.dialect.detect;

import dev.quarry.internal.dialect.mariadb.MariaDbDriverProperties;
import dev.quarry.internal.dialect.postgres.PostgresDriverProperties;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

/**
 * The driver properties each server database gets, chosen by the URL's scheme before any connection exists (so
 * before a {@link Dialect} can be read from one). Stateless.
 */
public final class DriverProperties {
    private DriverProperties() {
    }

    /** Whether Quarry opens {@code url} with a server pool. */
    public static boolean isServerUrl(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return u.startsWith("jdbc:postgresql:") || u.startsWith("jdbc:mariadb:") || u.startsWith("jdbc:mysql:");
    }

    /** Adds the properties the database of {@code url} needs to {@code p}. */
    public static void addTo(Properties p, String url, Duration busyTimeout) {
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
            PostgresDriverProperties.addTo(p, busyTimeout);
        } else {
            MariaDbDriverProperties.addTo(p, busyTimeout);
        }
    }
}
