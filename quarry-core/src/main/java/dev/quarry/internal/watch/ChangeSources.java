package dev.quarry.internal.watch;

import dev.quarry.Database;
import dev.quarry.spi.Platform;
import java.time.Duration;
import java.util.function.Function;

/** Which {@link ChangeSource} each database gets. */
public final class ChangeSources {
    private ChangeSources() {
    }

    /**
     * The source for the dialect named {@code dialect} ("sqlite", "postgresql", "mariadb"), made when the first
     * watch begins.
     *
     * @param pollInterval how often pollers look (SQLite, MariaDB)
     */
    public static Function<WatchHub, ChangeSource> forDialect(String dialect, Database db, Platform platform,
                                                              Duration pollInterval) {
        return switch (dialect) {
            case "sqlite" -> hub -> new SqliteChangeSource(db, platform, pollInterval);
            case "postgresql" -> hub -> new PostgresNotifySource(db, platform);
            case "mariadb" -> hub -> new MariaDbChangeTableSource(db, platform, pollInterval);
            default -> hub -> ChangeSource.NONE;
        };
    }
}
