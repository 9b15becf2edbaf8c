package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.migrate.MigrationFiles;
import dev.quarry.migrate.Renames;
import dev.quarry.migrate.SchemaDiff;
import dev.quarry.migrate.SchemaSnapshot;
import dev.quarry.migrate.TableIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry migrate lint}: what the linter finds in the changes about to be made. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the linter's findings (changes that lose data or lock a table with rows; each with the"
                + " safer way) and exit 1 when there are any:",
                "  - with --classpath: in the next migration, from schema.json to the code's tables, as each database"
                        + " would run it (or --database);",
                "  - with a URL: in the changes that bring that database to schema.json, which its pending"
                        + " migrations make (give --classpath too, for the renames the code declares)."})
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DirectoryOption directory;

    @Mixin
    ClasspathOption classpath;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--database", paramLabel = "<name>", description = "with --classpath: lint for this database"
            + " only (sqlite, postgresql or mariadb)")
    String database;

    @Override
    public Integer call() {
        Environment env = Environment.of(spec);
        PrintWriter out = QuarryCommand.out(spec);
        Path dir = directory.resolve(env);
        boolean url = connection.hasUrl(env);
        if (!classpath.given() && !url) {
            throw new UsageException("give --classpath to lint the next migration, or a URL to lint what the"
                    + " database's pending migrations change");
        }
        if (database != null && !MigrationFiles.DATABASES.contains(database)) {
            throw new UsageException("--database must be one of " + MigrationFiles.DATABASES + ", was '" + database
                    + "'");
        }
        SchemaSnapshot snapshot = MigrationFiles.snapshot(dir);
        List<String> findings = new ArrayList<>();
        Renames renames = Renames.none();
        if (classpath.given()) {
            TableIndex code = classpath.load(env);
            renames = code.renames();
            SchemaDiff next = diff(() -> SchemaDiff.between(snapshot, code.tables(), code.renames()));
            findings.addAll(database == null ? Lint.findings(next) : Lint.findings(next, database));
        }
        if (url) {
            try (Quarry db = connection.open(env, QuarryCommand.secrets(spec))) {
                SchemaSnapshot live = LiveSchema.read(db);
                Renames r = renames;
                SchemaDiff pending = diff(() -> SchemaDiff.between(live, snapshot.tables(), r,
                        db.platform().introspector()::normalise));
                findings.addAll(Lint.findings(pending, db.dialectName()));
                if (!classpath.given() && !pending.isEmpty()) {
                    out.println("Note: without --classpath the code's renames are not known: a renamed table or column"
                            + " shows as dropped and added");
                }
            }
        }
        findings.forEach(out::println);
        out.println(findings.isEmpty() ? "Lint: nothing found." : "Lint: " + findings.size() + " found.");
        return findings.isEmpty() ? ExitCodes.OK : ExitCodes.FOUND;
    }

    private static SchemaDiff diff(java.util.function.Supplier<SchemaDiff> diff) {
        try {
            return diff.get();
        } catch (IllegalArgumentException e) {
            throw new UsageException("the code's renames do not fit: " + e.getMessage(), e);
        }
    }
}
