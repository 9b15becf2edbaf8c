package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.migrate.MigrationFiles;
import dev.quarry.migrate.MigrationLinter;
import dev.quarry.migrate.MigrationScript;
import dev.quarry.migrate.SchemaDiff;
import java.util.ArrayList;
import java.util.List;

/** The linter's findings of one diff as lines of output, for each database or one. */
final class Lint {
    private Lint() {
    }

    /** The findings of {@code diff} as rendered for each of the three databases, one line each. */
    static List<String> findings(SchemaDiff diff) {
        List<String> out = new ArrayList<>();
        for (String database : MigrationFiles.DATABASES) {
            out.addAll(findings(diff, database));
        }
        return out;
    }

    /** The findings of {@code diff} as rendered for {@code database}, one line each. */
    static List<String> findings(SchemaDiff diff, String database) {
        MigrationScript script = MigrationScript.render(diff, Quarry.ddlOf(database));
        return MigrationLinter.lint(script, diff, database).stream()
                .map(f -> "Lint " + database + ": " + f).toList();
    }
}
