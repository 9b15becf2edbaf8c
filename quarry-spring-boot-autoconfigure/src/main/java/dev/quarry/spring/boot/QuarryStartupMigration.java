package dev.quarry.spring.boot;

import dev.quarry.Quarry;

/**
 * Migrates the database before the {@code Quarry} bean is handed to the rest of the application, when
 * {@code quarry.migrate.enabled=true}. The auto-configuration's runs quarry-migrate's {@code Migrator} over
 * {@code quarry.migrate.location}; a bean of the application's replaces it (to log the run, or to migrate another
 * way). Whatever it throws stops the application from starting, and the {@code Quarry} is closed.
 */
@FunctionalInterface
public interface QuarryStartupMigration {
    /** Migrates {@code db}, the new handle; it is not yet visible to any other bean. */
    void migrate(Quarry db);
}
