package dev.quarry.cli;

import dev.quarry.migrate.DataLoss;
import dev.quarry.migrate.MigrationFiles;
import dev.quarry.migrate.SchemaDiff;
import dev.quarry.migrate.TableIndex;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry migrate generate}: the next migration files, from the code's tables against schema.json. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the next migration (an up and a down file for each of SQLite, PostgreSQL and MariaDB) "
                + "from the difference between the code's tables and the directory's schema.json, and the new "
                + "schema.json. Needs no database. Renames come from @RenamedFrom in the code, never guessed.",
                "Prints the files written and what the linter finds in them."})
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DirectoryOption directory;

    @Mixin
    ClasspathOption classpath;

    @Option(names = "--name", required = true, description = "what the migration does, e.g. \"add email\"; its file"
            + " name is this in lower case with underscores")
    String name;

    @Option(names = "--allow-data-loss", description = "write changes that can lose data (a dropped table or"
            + " column, a narrowed type, NOT NULL without a default); refused without it")
    boolean allowDataLoss;

    @Override
    public Integer call() {
        Environment env = Environment.of(spec);
        PrintWriter out = QuarryCommand.out(spec);
        TableIndex code = classpath.load(env);
        Path dir = directory.resolve(env);
        SchemaDiff diff;
        Optional<MigrationFiles.Generated> generated;
        try {
            diff = SchemaDiff.between(MigrationFiles.snapshot(dir), code.tables(), code.renames());
            generated = MigrationFiles.generate(dir, name, code.tables(), code.renames(),
                    allowDataLoss ? DataLoss.ALLOW : DataLoss.REFUSE);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (generated.isEmpty()) {
            out.println("No change: the code's " + code.tables().size() + " tables are those of "
                    + env.relative(dir.resolve("schema.json")) + "; nothing written.");
            return ExitCodes.OK;
        }
        MigrationFiles.Generated g = generated.get();
        int changes = diff.changes().size();
        out.println("Wrote V" + g.version() + " (" + name + "), " + changes + (changes == 1 ? " change:" : " changes:"));
        g.files().forEach((database, files) -> files.forEach(f -> out.println("  " + env.relative(f))));
        out.println("  " + env.relative(dir.resolve("schema.json")));
        List<String> findings = Lint.findings(diff);
        findings.forEach(out::println);
        if (findings.isEmpty()) {
            out.println("Lint: nothing found.");
        }
        return ExitCodes.OK;
    }
}
