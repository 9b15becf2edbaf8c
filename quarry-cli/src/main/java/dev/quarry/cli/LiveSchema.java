package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.migrate.SchemaIntrospection;
import dev.quarry.migrate.SchemaSnapshot;

/** A live database's tables as migrations see them: without Quarry's history table, which no schema declares. */
final class LiveSchema {
    /** The runner's history table (docs/migrations.md, "What the runner guarantees"). */
    static final String HISTORY = "quarry_schema_history";

    private LiveSchema() {
    }

    static SchemaSnapshot read(Quarry db) {
        return SchemaSnapshot.of(SchemaIntrospection.snapshot(db).tables().stream()
                .filter(t -> !t.name().equals(HISTORY)).toList());
    }
}
