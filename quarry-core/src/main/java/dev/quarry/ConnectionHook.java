package dev.quarry;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs on every new connection before its first use (SQLite writer and readers, each pooled server connection, each
 * physical connection of a user's DataSource): set pragmas, register Java functions (sqlite-jdbc's
 * {@code org.sqlite.Function}, callable with {@code Dsl.function}). Extensions given to
 * {@link QuarrySettings.Builder#loadExtension} are loaded before the hooks run; Quarry's own preparation of the
 * connection runs after them. An exception fails {@code Quarry.open} with a message naming the hook and its error.
 * See docs/sqlite.md.
 */
@FunctionalInterface
public interface ConnectionHook {
    /** Prepares {@code connection}, once, before Quarry first uses it. */
    void onConnect(Connection connection) throws SQLException;
}
