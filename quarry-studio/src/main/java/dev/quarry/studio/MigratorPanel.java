package dev.quarry.studio;

import dev.quarry.Quarry;
import dev.quarry.migrate.Migrator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The migration panel with quarry-migrate present: {@code Migrator.of(db, directory).status()}, read on each page
 * load. The only class of the Studio that names quarry-migrate (see {@link MigrationPanel}).
 */
final class MigratorPanel implements MigrationPanel {
    private final Quarry db;
    private final Path directory;

    MigratorPanel(Quarry db, Path directory) {
        this.db = db;
        this.directory = directory;
    }

    @Override
    public Map<String, Object> view() {
        if (!Files.isDirectory(directory)) {
            return Map.of("available", false, "reason", "the migrations directory " + directory + " does not exist");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Migrator.VersionState s : Migrator.of(db, directory).status()) {
            rows.add(MigrationPanel.row(s.version(), s.name(), s.state()));
        }
        return MigrationPanel.available(rows);
    }
}
