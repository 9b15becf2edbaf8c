package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.migrate.MigrationFiles;
import dev.quarry.migrate.Migrator;
import dev.quarry.migrate.SchemaComparison;
import dev.quarry.migrate.SchemaDiff;
import dev.quarry.migrate.SchemaSnapshot;
import dev.quarry.migrate.TableIndex;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.Introspector;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code quarry migrate check}: for CI, whether the code, the migration files, schema.json and a database are in
 * step. Each part is checked when what it needs is given: the files always, the code with {@code --classpath}, the
 * database with a URL.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Exit 1 (for CI) when something is out of step, naming each thing:",
                "  - the files: every database's folder must hold the same versions;",
                "  - with --classpath: the code's tables must be those of schema.json (else: generate a migration);",
                "  - with a URL: every migration applied, none changed, missing or partial, and the live schema"
                        + " that of schema.json (drift: a change made by hand)."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DirectoryOption directory;

    @Mixin
    ClasspathOption classpath;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() {
        Environment env = Environment.of(spec);
        PrintWriter out = QuarryCommand.out(spec);
        Path dir = directory.existing(env);
        List<String> found = new ArrayList<>(files(env, dir));
        SchemaSnapshot snapshot = MigrationFiles.snapshot(dir);
        List<String> checked = new ArrayList<>(List.of("files"));
        if (classpath.given()) {
            found.addAll(code(classpath.load(env), snapshot));
            checked.add("code");
        }
        if (connection.hasUrl(env)) {
            try (Quarry db = connection.open(env, QuarryCommand.secrets(spec))) {
                found.addAll(database(db, dir, snapshot));
                checked.add(db.dialectName() + " database");
            }
        }
        found.forEach(f -> out.println("Out of step: " + f));
        out.println(found.isEmpty() ? "In step: " + String.join(", ", checked) + " and " + env.relative(dir.resolve("schema.json"))
                : found.size() + " found (checked " + String.join(", ", checked) + ").");
        return found.isEmpty() ? ExitCodes.OK : ExitCodes.FOUND;
    }

    /** Every database's folder holds the same versions, each with a down file. */
    private static List<String> files(Environment env, Path dir) {
        List<String> found = new ArrayList<>();
        List<Integer> first = null;
        for (String database : MigrationFiles.DATABASES) {
            List<MigrationFiles.Migration> migrations;
            try {
                migrations = MigrationFiles.list(dir, database);
            } catch (IllegalArgumentException e) {
                found.add(e.getMessage());
                continue;
            }
            List<Integer> versions = migrations.stream().map(MigrationFiles.Migration::version).toList();
            if (first == null) {
                first = versions;
            } else if (!versions.equals(first)) {
                found.add(env.relative(dir.resolve(database)) + " holds versions " + versions + ", "
                        + env.relative(dir.resolve(MigrationFiles.DATABASES.get(0))) + " holds " + first);
            }
            migrations.stream().filter(m -> m.down() == null).forEach(m -> found.add(env.relative(m.up()) + " has no down file"));
        }
        return found;
    }

    /** The code's tables are those of schema.json. */
    private static List<String> code(TableIndex code, SchemaSnapshot snapshot) {
        SchemaDiff diff;
        try {
            diff = SchemaDiff.between(snapshot, code.tables(), code.renames());
        } catch (IllegalArgumentException e) {
            return List.of("the code's renames do not fit schema.json: " + e.getMessage());
        }
        return diff.changes().stream().map(c -> "the code would " + ChangeDescriptions.describe(c)
                + "; no migration does yet (quarry migrate generate)").toList();
    }

    /** Every migration applied as its file is, and the live schema that of schema.json. */
    private static List<String> database(Quarry db, Path dir, SchemaSnapshot snapshot) {
        List<String> found = new ArrayList<>();
        for (Migrator.VersionState s : Migrator.of(db, dir).status()) {
            switch (s.state()) {
                case "applied" -> { }
                case "pending" -> found.add("V" + s.version() + " (" + s.name() + ") is not applied (quarry migrate up)");
                default -> found.add("V" + s.version() + " (" + s.name() + ") is " + s.state() + " (quarry migrate"
                        + " status; quarry migrate up says how to fix it)");
            }
        }
        if (!found.isEmpty()) {
            return found; // the live schema is expected to differ until the migrations are applied
        }
        Introspector introspector = db.platform().introspector();
        SchemaSnapshot live = LiveSchema.read(db);
        for (TableDef declared : snapshot.tables()) {
            TableDef table = live.table(declared.name()).orElse(null);
            if (table == null) {
                found.add("table '" + declared.name() + "' of schema.json is not in the database");
            } else {
                SchemaComparison.differences(introspector, declared, table).forEach(d -> found.add("drift: " + d));
            }
        }
        for (String name : live.tableNames()) {
            if (snapshot.table(name).isEmpty()) {
                found.add("drift: table '" + name + "' is in the database but not in schema.json");
            }
        }
        return found;
    }
}
