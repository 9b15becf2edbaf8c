package dev.quarry.cli;

import dev.quarry.Quarry;
import dev.quarry.schema.TableDef;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry introspect}: a live database's schema as {@code @Table} records. */
@Command(name = "introspect", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print a live database's tables as @Table Java records, one per table: a start for a project"
                + " with an existing database. What the annotations cannot say (a check, a foreign key over several"
                + " columns, a default expression, a native type) is listed in each record's comment.",
                "With --output, writes <output>/<package as folders>/<Record>.java instead."})
final class IntrospectCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--package", paramLabel = "<name>", defaultValue = "db",
            description = "package of the records (default: ${DEFAULT-VALUE})")
    String packageName;

    @Option(names = "--output", paramLabel = "<dir>", description = "source folder to write the records into"
            + " (e.g. src/main/java); an existing file is not overwritten")
    Path output;

    @Override
    public Integer call() {
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new UsageException("--package '" + packageName + "' is not a Java package name");
        }
        Environment env = Environment.of(spec);
        PrintWriter out = QuarryCommand.out(spec);
        List<TableDef> tables;
        try (Quarry db = connection.open(env, QuarryCommand.secrets(spec))) {
            tables = LiveSchema.read(db).tables();
        }
        if (tables.isEmpty()) {
            out.println("// The database has no tables.");
            return ExitCodes.OK;
        }
        RecordSourceWriter writer = new RecordSourceWriter(tables, packageName);
        Path folder = output == null ? null : env.resolve(output).resolve(packageName.replace('.', '/'));
        for (TableDef t : tables) {
            String source = writer.write(t);
            if (folder == null) {
                out.println("// " + writer.recordName(t.name()) + ".java");
                out.print(source);
                out.println();
            } else {
                Path file = folder.resolve(writer.recordName(t.name()) + ".java");
                write(file, source);
                out.println("Wrote " + env.relative(file));
            }
        }
        return ExitCodes.OK;
    }

    private static void write(Path file, String source) {
        if (Files.exists(file)) {
            throw new UsageException(file + " exists; move it away or give another --output (nothing is overwritten)");
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
