package dev.quarry.spring.boot;

import dev.quarry.Quarry;
import dev.quarry.migrate.Migrator;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The default {@link QuarryStartupMigration}: quarry-migrate's {@link Migrator} applies the pending migrations of
 * {@code quarry.migrate.location} for the database's dialect, under the runner's lock (so several instances
 * starting at once apply each migration once). Only loaded when quarry-migrate is on the class path.
 */
final class MigratorStartupMigration implements QuarryStartupMigration {
    private static final Log LOG = LogFactory.getLog(MigratorStartupMigration.class);

    private final String location;
    private final ResourcePatternResolver resources;

    MigratorStartupMigration(String location, ResourcePatternResolver resources) {
        this.location = location;
        this.resources = resources;
    }

    @Override
    public void migrate(Quarry db) {
        try (MigrationLocation files = MigrationLocation.resolve(location, db.dialectName(), resources)) {
            Migrator.MigrationRun run = Migrator.of(db, files.directory()).migrate();
            run.notes().forEach(LOG::warn);
            LOG.info(run.applied().isEmpty() ? "Quarry migrations: none pending at " + location
                    : "Quarry migrations: applied " + run.applied() + " from " + location);
        }
    }
}
