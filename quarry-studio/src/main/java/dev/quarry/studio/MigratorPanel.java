package dev.quarry.studio;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.migrate.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The migration panel with quarry-migrate present: {@code Migrator.of(db, directory).status()}, read on each page
 * load; in read-only mode only once the database has a history table, since reading the status creates it. The only class of the Studio that names quarry-migrate (see {@link MigrationPanel}).
 */
final class MigratorPanel implements MigrationPanel {
    /** The runner's history table, as docs/migrations.md names it. */
    private static final String HISTORY = "quarry_schema_history";

    private final Quarry db;
    private final Path directory;
    private final boolean readOnly;

    MigratorPanel(Quarry db, Path directory, boolean readOnly) {
        this.db = db;
        this.directory = directory;
        this.readOnly = readOnly;
    }

    @Override
    public Map<String, Object> view() {
        if (!Files.isDirectory(directory)) {
            return Map.of("available", false, "reason", "the migrations directory " + directory + " does not exist");
        }
        if (readOnly && !db.withConnection(ConnectionAccess.READ,
                c -> db.platform().introspector().tableNames(c).contains(HISTORY))) {
            // Migrator.status() creates the empty history table where there is none: a read-only Studio must not
            return Map.of("available", false, "reason", "the database has no migration history yet ("
                    + HISTORY + "): no migration was applied; the read-only Studio does not create the table");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Migrator.VersionState s : Migrator.of(db, directory).status()) {
            rows.add(MigrationPanel.row(s.version(), s.name(), s.state()));
        }
        return MigrationPanel.available(rows);
    }
}
