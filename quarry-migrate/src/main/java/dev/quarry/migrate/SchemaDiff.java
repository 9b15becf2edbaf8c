package dev.quarry.migrate;

import dev.quarry.schema.CheckDef;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.IndexDef;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.SchemaChange.AddCheck;
import dev.quarry.schema.SchemaChange.AddColumn;
import dev.quarry.schema.SchemaChange.AddForeignKey;
import dev.quarry.schema.SchemaChange.AddIndex;
import dev.quarry.schema.SchemaChange.AlterColumn;
import dev.quarry.schema.SchemaChange.CreateTable;
import dev.quarry.schema.SchemaChange.DropCheck;
import dev.quarry.schema.SchemaChange.DropColumn;
import dev.quarry.schema.SchemaChange.DropForeignKey;
import dev.quarry.schema.SchemaChange.DropIndex;
import dev.quarry.schema.SchemaChange.DropTable;
import dev.quarry.schema.SchemaChange.RebuildTable;
import dev.quarry.schema.SchemaChange.RenameColumn;
import dev.quarry.schema.SchemaChange.RenameTable;
import dev.quarry.schema.TableDef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The changes that turn one schema into another, in an order every database can run them in: foreign keys, checks
 * and indexes are dropped first, then tables and columns renamed, columns dropped, altered and added, new tables
 * created (referenced tables before the tables that reference them), indexes, checks and foreign keys added, and
 * dropped tables dropped last (referencing tables first). The changes are portable; each database renders them
 * ({@link MigrationScript}), SQLite rebuilding a table where it cannot alter it.
 *
 * <p>What counts as a difference is {@link SchemaComparison}'s rule, with one exception: columns are matched by name,
 * and their order does not count, since no database but MariaDB can move a column. A changed name is a rename only
 * when {@link Renames} says so. Stateless.
 */
public final class SchemaDiff {
    private final List<SchemaChange> changes;
    private final Map<String, RebuildTable> rebuilds;
    private final List<Loss> destructive;

    private SchemaDiff(List<SchemaChange> changes, Map<String, RebuildTable> rebuilds, List<Loss> destructive) {
        this.changes = List.copyOf(changes);
        this.rebuilds = Map.copyOf(rebuilds);
        this.destructive = List.copyOf(destructive);
    }

    /** The changes, in the order they run. */
    public List<SchemaChange> changes() {
        return changes;
    }

    /**
     * The changes that can lose data or fail on the rows already there, one line each: dropped tables and columns,
     * a column changed to a type that may not hold every value, a column made NOT NULL, or added NOT NULL, without
     * a default.
     */
    public List<String> destructive() {
        return destructive.stream().map(Loss::description).toList();
    }

    /** {@link #destructive()} with the table of each. */
    List<Loss> losses() {
        return destructive;
    }

    /** A change that can lose data: its table (by its name before the change) and what it does. */
    record Loss(String table, String description) {
    }

    /** Whether the schemas are the same. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * The rebuild that makes every change of table {@code table} (by its name after any rename) at once, from the
     * table as it is before the changes (renamed) to the table as declared; empty for a table that is created,
     * dropped or unchanged. A database that cannot make a change in place makes this instead.
     */
    public Optional<RebuildTable> rebuildOf(String table) {
        return Optional.ofNullable(rebuilds.get(table));
    }

    /**
     * The changes from {@code current}, a schema stored beside the migrations (declared tables, as the code had
     * them), to {@code desired}, the code's tables now.
     */
    public static SchemaDiff between(SchemaSnapshot current, Collection<TableDef> desired, Renames renames) {
        return between(current, desired, renames, UnaryOperator.identity());
    }

    /**
     * The changes from {@code current} to {@code desired}, where {@code current} was read from a database and
     * {@code normalise} turns a declared table into what that database reports for it
     * ({@link dev.quarry.spi.Introspector#normalise}). The changes carry the declared definitions, to be rendered
     * as they were declared.
     *
     * @throws IllegalArgumentException if two desired tables have one name, or a rename names a table or column
     *                                  that does not exist
     */
    public static SchemaDiff between(SchemaSnapshot current, Collection<TableDef> desired, Renames renames,
                                     UnaryOperator<TableDef> normalise) {
        Objects.requireNonNull(renames, "renames");
        Phases phases = new Phases();
        Map<String, RebuildTable> rebuilds = new HashMap<>();
        Map<String, TableDef> unmatched = new LinkedHashMap<>();
        current.tables().forEach(t -> unmatched.put(t.name(), t));
        Set<String> desiredNames = new HashSet<>();
        List<TableDef> created = new ArrayList<>();
        for (TableDef d : desired) {
            if (!desiredNames.add(d.name())) {
                throw new IllegalArgumentException("two desired tables are named '" + d.name() + "'");
            }
        }
        for (TableDef d : desired) {
            TableDef c = unmatched.remove(d.name());
            String formerly = renames.tableFrom(d.name()).orElse(null);
            if (formerly != null && c == null) {
                c = unmatched.remove(formerly);
                if (c == null) {
                    throw new IllegalArgumentException("table '" + d.name() + "' is said to be renamed from '"
                            + formerly + "', which the current schema does not have");
                }
                phases.renameTables.add(new RenameTable(c, d.name()));
                c = Models.renamed(c, d.name());
            }
            if (c == null) {
                created.add(d);
            } else {
                TableDiff diff = new TableDiff(c, d, normalise, renames, phases);
                diff.run();
                if (diff.changed()) {
                    rebuilds.put(d.name(), diff.rebuild());
                }
            }
        }
        for (TableDef t : Models.referencedFirst(created)) {
            phases.createTables.add(new CreateTable(t));
        }
        List<TableDef> dropped = Models.referencedFirst(new ArrayList<>(unmatched.values()));
        for (int i = dropped.size() - 1; i >= 0; i--) {
            phases.dropTables.add(new DropTable(dropped.get(i)));
        }
        List<Loss> destructive = new ArrayList<>();
        for (SchemaChange change : phases.all()) {
            // an altered column is compared as the database holds it: a live SQLite TEXT column declared STRING(40)
            // is no narrowing
            ColumnDef target = change instanceof AlterColumn a ? phases.normalisedColumns.get(a) : null;
            Destructive.why(change, target).ifPresent(d -> destructive.add(new Loss(change.tableName(), d)));
        }
        return new SchemaDiff(phases.all(), rebuilds, destructive);
    }

    /** The changes of each phase, run in the order the fields are declared. */
    private static final class Phases {
        final List<SchemaChange> dropForeignKeys = new ArrayList<>();
        final List<SchemaChange> dropChecksAndIndexes = new ArrayList<>();
        final List<SchemaChange> renameTables = new ArrayList<>();
        final List<SchemaChange> columns = new ArrayList<>();
        final List<SchemaChange> createTables = new ArrayList<>();
        final List<SchemaChange> addIndexesAndChecks = new ArrayList<>();
        final List<SchemaChange> addForeignKeys = new ArrayList<>();
        final List<SchemaChange> dropTables = new ArrayList<>();
        /** Each AlterColumn's target column as the database would hold it (normalised). */
        final Map<SchemaChange, ColumnDef> normalisedColumns = new java.util.IdentityHashMap<>();

        List<SchemaChange> all() {
            List<SchemaChange> out = new ArrayList<>();
            out.addAll(dropForeignKeys);
            out.addAll(dropChecksAndIndexes);
            out.addAll(renameTables);
            out.addAll(columns);
            out.addAll(createTables);
            out.addAll(addIndexesAndChecks);
            out.addAll(addForeignKeys);
            out.addAll(dropTables);
            return out;
        }
    }

    /** The changes of one table that exists before and after. */
    private static final class TableDiff {
        private final TableDef declared;
        private final TableDef normalised;
        private final Renames renames;
        private final UnaryOperator<TableDef> normalise;
        private final Phases phases;
        private final TableDef before;
        private final Map<String, String> sources = new HashMap<>();
        private final int changesBefore;
        private TableDef current;

        TableDiff(TableDef current, TableDef declared, UnaryOperator<TableDef> normalise, Renames renames,
                  Phases phases) {
            this.current = current;
            this.before = current;
            this.declared = declared;
            this.normalise = normalise;
            this.normalised = normalise.apply(declared);
            this.renames = renames;
            this.phases = phases;
            this.changesBefore = phases.all().size();
        }

        boolean changed() {
            return phases.all().size() > changesBefore;
        }

        RebuildTable rebuild() {
            return new RebuildTable(before, declared, sources);
        }

        void run() {
            if (!current.primaryKey().equals(normalised.primaryKey())) {
                throw new dev.quarry.error.UnsupportedFeatureException("the primary key of table '"
                        + declared.name() + "' changes from " + current.primaryKey() + " to "
                        + normalised.primaryKey() + "; a migration cannot change a primary key yet: create a new"
                        + " table and copy the rows in a hand-written migration");
            }
            renameColumns();
            Set<String> added = new HashSet<>();
            Set<String> dropped = new HashSet<>();
            foreignKeys();
            for (ColumnDef c : current.columns()) {
                if (normalised.indexOf(c.name()) < 0) {
                    dropped.add(c.name());
                }
            }
            indexesAndChecks();
            for (String name : dropped) {
                phases.columns.add(new DropColumn(current, current.column(name)));
            }
            for (ColumnDef n : normalised.columns()) {
                int at = current.indexOf(n.name());
                if (at < 0) {
                    added.add(n.name());
                    continue;
                }
                ColumnDef c = current.columns().get(at);
                if (!sameColumn(n, c)) {
                    AlterColumn alter = new AlterColumn(declared, c, declared.column(n.name()));
                    phases.columns.add(alter);
                    phases.normalisedColumns.put(alter, n);
                }
            }
            for (ColumnDef d : declared.columns()) {
                if (added.contains(d.name())) {
                    phases.columns.add(new AddColumn(declared, d));
                }
            }
            addChecks(added);
        }

        private void renameColumns() {
            for (ColumnDef d : declared.columns()) {
                String formerly = renames.columnFrom(declared.name(), d.name()).orElse(null);
                if (formerly == null || current.indexOf(d.name()) >= 0) {
                    continue;
                }
                if (current.indexOf(formerly) < 0) {
                    throw new IllegalArgumentException("column '" + declared.name() + "." + d.name()
                            + "' is said to be renamed from '" + formerly + "', which table '" + current.name()
                            + "' does not have");
                }
                phases.columns.add(new RenameColumn(current, formerly, d.name()));
                sources.put(d.name(), formerly);
                current = Models.withColumnRenamed(current, formerly, d.name());
            }
        }

        private void foreignKeys() {
            Map<String, ForeignKeyDef> live = new LinkedHashMap<>();
            current.foreignKeys().forEach(f -> live.put(f.name(), f));
            for (ForeignKeyDef f : normalised.foreignKeys()) {
                ForeignKeyDef c = live.remove(f.name());
                if (c != null && c.equals(f)) {
                    continue;
                }
                if (c != null) {
                    phases.dropForeignKeys.add(new DropForeignKey(current, c));
                }
                phases.addForeignKeys.add(new AddForeignKey(declared, declaredForeignKey(f.name())));
            }
            live.values().forEach(c -> phases.dropForeignKeys.add(new DropForeignKey(current, c)));
        }

        private void indexesAndChecks() {
            Map<String, IndexDef> liveIndexes = new LinkedHashMap<>();
            current.indexes().forEach(i -> liveIndexes.put(i.name(), i));
            for (IndexDef i : normalised.indexes()) {
                IndexDef c = liveIndexes.remove(i.name());
                if (c != null && c.equals(i)) {
                    continue;
                }
                if (c != null) {
                    phases.dropChecksAndIndexes.add(new DropIndex(current, c));
                }
                phases.addIndexesAndChecks.add(new AddIndex(declared, declaredIndex(i.name())));
            }
            liveIndexes.values().forEach(c -> phases.dropChecksAndIndexes.add(new DropIndex(current, c)));

            for (CheckDef c : current.checks()) {
                CheckDef n = check(normalised, c.name());
                if (n != null && SqlText.canonical(n.expression()).equals(SqlText.canonical(c.expression()))) {
                    continue;
                }
                phases.dropChecksAndIndexes.add(new DropCheck(current, c));
            }
        }

        /**
         * The checks the database adds for a column's type (SQLite's) come with ADD COLUMN; they are told apart by
         * normalising a table of that column alone. A check that goes with a dropped column is dropped with it, or
         * the table is rebuilt (a column SQLite guards with a check is rebuilt away): dropping it as well is harmless.
         */
        private void addChecks(Set<String> addedColumns) {
            Set<String> impliedByAdded = new HashSet<>();
            for (String a : addedColumns) {
                normalise.apply(Models.single(declared.column(a))).checks().forEach(k -> impliedByAdded.add(k.name()));
            }
            for (CheckDef n : normalised.checks()) {
                CheckDef c = check(current, n.name());
                if (c != null && SqlText.canonical(n.expression()).equals(SqlText.canonical(c.expression()))) {
                    continue;
                }
                if (impliedByAdded.contains(n.name())) {
                    continue;
                }
                phases.addIndexesAndChecks.add(new AddCheck(declared, n));
            }
        }

        private ForeignKeyDef declaredForeignKey(String name) {
            return declared.foreignKeys().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        }

        private IndexDef declaredIndex(String name) {
            return declared.indexes().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private static CheckDef check(TableDef table, String name) {
        return table.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** Whether two columns of one name are the same as {@link SchemaComparison} counts it. */
    private static boolean sameColumn(ColumnDef expected, ColumnDef actual) {
        TableDef e = Models.single(expected);
        TableDef a = Models.single(actual);
        return SchemaComparison.differences(e, a).isEmpty();
    }
}
