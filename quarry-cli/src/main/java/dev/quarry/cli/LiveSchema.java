package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.migrate.SchemaIntrospection;
import dev.quarry.migrate.SchemaSnapshot;

/**
 * A live database's tables as migrations see them: without Quarry's history table and the change capture of
 * embedded replicas ({@code quarry_sync_*}, installed by {@code quarry sync generate}'s migration), which no schema
 * declares.
 */
final class LiveSchema {
    /** The runner's history table (docs/migrations.md, "What the runner guarantees"). */
    static final String HISTORY = "quarry_schema_history";

    /** What the primary side of replicas adds (docs/replicas.md, "On the primary"). */
    static final String SYNC = "quarry_sync_";

    private LiveSchema() {
    }

    static SchemaSnapshot read(Quarry db) {
        return SchemaSnapshot.of(SchemaIntrospection.snapshot(db).tables().stream()
                .filter(t -> !t.name().equals(HISTORY) && !t.name().startsWith(SYNC)).toList());
    }
}
