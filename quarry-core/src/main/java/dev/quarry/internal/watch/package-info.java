/**
 * Internal: the engine of watched queries. {@link dev.quarry.internal.watch.WatchHub} keeps the live subscriptions
 * of one database by the tables they read, hears every committed change on the platform's change bus, and re-runs
 * the subscriptions a change touches; a {@link dev.quarry.internal.watch.ChangeSource} per database brings the
 * changes Quarry's own statements do not report (SQLite {@code data_version}, PostgreSQL {@code LISTEN}, a MariaDB
 * change table). Uses only the published API and SPI, so it could move to a module of its own. Not exported.
 */
package dev.quarry.internal.watch;
