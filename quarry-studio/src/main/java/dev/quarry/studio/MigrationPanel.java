package dev.quarry.studio;

import dev.quarry.Quarry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The migration status the page shows. quarry-migrate is an optional dependency of the Studio: when it is on the
 * class path and a migrations directory was given, {@link MigratorPanel} (the only class that names the module)
 * reads each version's state with {@code Migrator.status()}; otherwise the panel says why there is nothing. Whether
 * the module is there is asked once with {@code Class.forName} of its entry class, without calling anything
 * reflectively, so a JVM without the module never loads {@link MigratorPanel}.
 */
interface MigrationPanel {

    /** Each version with its state ({@code applied}, {@code pending}, ...) or, when there is none, why. */
    Map<String, Object> view();

    /** The panel for {@code db}: the real one, or one that says what is missing; read-only, it writes nothing. */
    static MigrationPanel of(Quarry db, Path directory, boolean readOnly) {
        if (directory == null) {
            return () -> Map.of("available", false, "reason",
                    "no migrations directory given (StudioOptions.migrations, or --migrations on the command line)");
        }
        try {
            Class.forName("dev.quarry.migrate.Migrator", false, MigrationPanel.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return () -> Map.of("available", false, "reason",
                    "quarry-migrate is not on the class path: add it to see the migrations' state");
        }
        return new MigratorPanel(db, directory, readOnly);
    }

    /** A version's row. */
    static Map<String, Object> row(int version, String name, String state) {
        return Map.of("version", version, "name", name, "state", state);
    }

    /** A panel with these rows. */
    static Map<String, Object> available(List<Map<String, Object>> rows) {
        return Map.of("available", true, "versions", rows);
    }
}
