package dev.quarry.migrate;

import dev.quarry.Quarry;
import dev.quarry.schema.SchemaChange.RebuildTable;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.DdlOperations;
import dev.quarry.spi.DdlOperations.RebuildGuard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A directory of migration files: one set per database from one diff, named as Flyway names them, with the schema
 * snapshot beside them so that the next migration is generated without a database (as drizzle-kit does):
 *
 * <pre>
 * migrations/
 *   schema.json                       the declared tables after the newest migration
 *   sqlite/V1__create_notes.sql       up
 *   sqlite/U1__create_notes.sql       down
 *   sqlite/V1__create_notes.sql.conf  only beside a file that rebuilds a table: for Flyway, see below
 *   postgresql/V1__create_notes.sql ...
 *   mariadb/V1__create_notes.sql ...
 * </pre>
 *
 * A file is SQL statements ended by semicolons, with {@code -- quarry:} comment lines that say what Quarry's runner
 * needs to know: a down file that cannot bring back what its up file dropped says {@code -- quarry:irreversible},
 * and the runner refuses to go down past it unless forced. A SQLite file that rebuilds a table switches foreign keys
 * off outside its own transaction ({@code SAVEPOINT quarry_rebuild} ... {@code RELEASE quarry_rebuild}; see
 * docs/migrations.md); Flyway runs such a file outside a transaction of its own (it does so for any file with
 * {@code PRAGMA foreign_keys}, and the {@code .sql.conf} beside it, {@code executeInTransaction=false}, says so
 * again). Stateless.
 */
public final class MigrationFiles {
    /** The databases a directory holds files for, by Quarry's dialect names. */
    public static final List<String> DATABASES = List.of("sqlite", "postgresql", "mariadb");

    static final String SNAPSHOT = "schema.json";
    static final String IRREVERSIBLE = "-- quarry:irreversible ";
    static final String GUARDED = "-- quarry:rebuild";
    static final String REBUILD_OF = "-- rebuild of table ";
    static final String NO_TRANSACTION = "-- quarry:no-transaction";
    /** Opens and commits a rebuild file's own transaction (a savepoint outside a transaction begins one). */
    static final String OPEN = "SAVEPOINT quarry_rebuild";
    static final String CLOSE = "RELEASE quarry_rebuild";
    private static final Pattern FILE = Pattern.compile("([VU])(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private MigrationFiles() {
    }

    /**
     * One version's files for one database.
     *
     * @param version the version, from 1
     * @param name    the name after {@code __}
     * @param up      the up file
     * @param down    the down file, or null
     */
    public record Migration(int version, String name, Path up, Path down) {
    }

    /**
     * What {@link #generate} wrote.
     *
     * @param version     the new version
     * @param files       the files written, per database: up then down
     * @param destructive the changes that can lose data (empty unless allowed)
     */
    public record Generated(int version, Map<String, List<Path>> files, List<String> destructive) {
    }

    /**
     * Writes the next migration of {@code directory}: the changes from its snapshot (no snapshot: an empty schema)
     * to {@code tables}, as an up and a down file for each database, and the new snapshot. Nothing is written when
     * there is no change.
     *
     * @return what was written, or empty when the schema did not change
     * @throws DestructiveChangeException if a change can lose data and {@code dataLoss} is {@link DataLoss#REFUSE}
     * @throws IllegalArgumentException   if {@code name} has no letter or digit
     * @throws UncheckedIOException       if the directory cannot be read or written
     */
    public static java.util.Optional<Generated> generate(Path directory, String name, Collection<TableDef> tables,
                                                         Renames renames, DataLoss dataLoss) {
        return generate(directory, name, tables, renames, dataLoss, DdlMode.TRANSACTIONAL);
    }

    /**
     * {@link #generate(Path, String, Collection, Renames, DataLoss)}, writing each change in its online form where
     * {@code mode} is {@link DdlMode#ONLINE} and the database has one (PostgreSQL); such a file says
     * {@code -- quarry:no-transaction} and runs statement by statement (under Flyway too: a {@code .sql.conf} beside
     * it). The down files are written plain.
     */
    public static java.util.Optional<Generated> generate(Path directory, String name, Collection<TableDef> tables,
                                                         Renames renames, DataLoss dataLoss, DdlMode mode) {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(dataLoss, "dataLoss");
        String fileName = fileName(name);
        SchemaSnapshot current = snapshot(directory);
        SchemaDiff up = SchemaDiff.between(current, tables, renames);
        if (up.isEmpty()) {
            return java.util.Optional.empty();
        }
        if (dataLoss == DataLoss.REFUSE && !up.destructive().isEmpty()) {
            throw new DestructiveChangeException(up.destructive());
        }
        SchemaDiff down = SchemaDiff.between(SchemaSnapshot.of(tables), current.tables(), renames.inverse());
        int version = nextVersion(directory);
        Map<String, List<Path>> written = new LinkedHashMap<>();
        for (String database : DATABASES) {
            DdlOperations ddl = Quarry.ddlOf(database);
            MigrationScript upScript = MigrationScript.render(up, ddl, mode);
            MigrationScript downScript = MigrationScript.render(down, ddl);
            Path dir = directory.resolve(database);
            Path upFile = dir.resolve("V" + version + "__" + fileName + ".sql");
            Path downFile = dir.resolve("U" + version + "__" + fileName + ".sql");
            write(upFile, text(database, "V" + version, name, upScript, List.of()));
            write(downFile, text(database, "U" + version, name, downScript, up.destructive()));
            for (Path f : List.of(upFile, downFile)) {
                Path conf = f.resolveSibling(f.getFileName() + ".conf");
                MigrationScript s = f == upFile ? upScript : downScript;
                if (s.guard().isPresent() || s.online()) {
                    // Flyway runs a script with this file outside its own transaction, as the rebuild requires.
                    write(conf, "executeInTransaction=false\n");
                }
            }
            written.put(database, List.of(upFile, downFile));
        }
        write(directory.resolve(SNAPSHOT), SnapshotJson.write(SchemaSnapshot.of(tables)));
        return java.util.Optional.of(new Generated(version, written, up.destructive()));
    }

    /** The snapshot stored in {@code directory}, or an empty schema when there is none yet. */
    public static SchemaSnapshot snapshot(Path directory) {
        Path file = directory.resolve(SNAPSHOT);
        if (!Files.exists(file)) {
            return SchemaSnapshot.of(List.of());
        }
        try {
            return SnapshotJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " is not a schema snapshot: " + e.getMessage(), e);
        }
    }

    /**
     * The migrations of {@code database} in {@code directory}, by version.
     *
     * @throws IllegalArgumentException if two up files have one version, or a down file has no up file
     */
    public static List<Migration> list(Path directory, String database) {
        Path dir = directory.resolve(database);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        Map<Integer, String> names = new java.util.TreeMap<>();
        Map<Integer, Path> ups = new java.util.HashMap<>();
        Map<Integer, Path> downs = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Matcher m = FILE.matcher(f.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                int version = Integer.parseInt(m.group(2));
                Map<Integer, Path> target = m.group(1).equals("V") ? ups : downs;
                if (target.put(version, f) != null) {
                    throw new IllegalArgumentException("two " + m.group(1) + " files of version " + version + " in "
                            + dir);
                }
                if (m.group(1).equals("V")) {
                    names.put(version, m.group(3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        for (Integer v : downs.keySet()) {
            if (!ups.containsKey(v)) {
                throw new IllegalArgumentException("down file " + downs.get(v) + " has no up file V" + v);
            }
        }
        List<Migration> out = new ArrayList<>();
        names.forEach((v, n) -> out.add(new Migration(v, n, ups.get(v), downs.get(v))));
        return out;
    }

    private static int nextVersion(Path directory) {
        int max = 0;
        for (String database : DATABASES) {
            for (Migration m : list(directory, database)) {
                max = Math.max(max, m.version());
            }
        }
        return max + 1;
    }

    /** {@code name} as a file name: lower case, runs of other characters as one underscore. */
    static String fileName(String name) {
        String s = Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("a migration name needs a letter or digit, was '" + name + "'");
        }
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    private static String text(String database, String label, String name, MigrationScript script,
                               List<String> irreversible) {
        StringBuilder b = new StringBuilder();
        b.append("-- ").append(label).append(" \"").append(name.replace('\n', ' ')).append("\" for ").append(database)
                .append(", generated by Quarry from the schema diff.\n");
        for (String loss : irreversible) {
            b.append(IRREVERSIBLE).append("its up migration ").append(loss).append('\n');
        }
        if (script.online()) {
            b.append(NO_TRANSACTION).append(": online changes, run statement by statement; an interrupted run resumes"
                    + " where it stopped\n");
        }
        RebuildGuard guard = script.guard().orElse(null);
        if (guard != null) {
            b.append(GUARDED).append(": foreign keys are off outside this file's transaction, and checked before its"
                    + " commit by Quarry's runner\n");
            // SAVEPOINT opens the transaction: Flyway's SQLite parser reads a BEGIN as the start of a trigger body
            b.append(guard.beforeTransaction()).append(";\n").append(OPEN).append(";\n");
        }
        for (MigrationScript.Step step : script.steps()) {
            if (step.change() instanceof RebuildTable r) {
                b.append(REBUILD_OF).append(r.tableName()).append('\n');
            }
            for (String sql : step.statements()) {
                b.append(sql).append(";\n");
            }
        }
        if (guard != null) {
            b.append(CLOSE).append(";\n").append(guard.afterTransaction()).append(";\n");
        }
        return b.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
