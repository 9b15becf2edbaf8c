package dev.quarry.migrate;

import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.SchemaChange.CreateTable;
import dev.quarry.schema.SchemaChange.DropTable;
import dev.quarry.schema.SchemaChange.RebuildTable;
import dev.quarry.schema.SchemaChange.RenameTable;
import dev.quarry.spi.DdlOperations;
import dev.quarry.spi.DdlOperations.RebuildGuard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link SchemaDiff} rendered for one database: each change as that database's statements, in order. Where the
 * database cannot make a change of a table in place (SQLite: a column's type, a constraint), all the changes of that
 * table become one {@link RebuildTable} at the place of its first change, to be run under the database's
 * {@link DdlOperations#rebuildGuard() rebuild guard}. Immutable.
 *
 * @param steps each change with its statements
 * @param guard what must run around the migration's transaction, present when a step rebuilds a table
 */
public record MigrationScript(List<Step> steps, Optional<RebuildGuard> guard) {

    /**
     * One change and the statements that make it.
     *
     * @param change     the change
     * @param statements its SQL, in order
     * @param online     whether they are the change's online form ({@link DdlMode#ONLINE}), to run outside a
     *                   transaction
     */
    public record Step(SchemaChange change, List<String> statements, boolean online) {
        public Step {
            statements = List.copyOf(statements);
        }

        /** A step in its plain form. */
        public Step(SchemaChange change, List<String> statements) {
            this(change, statements, false);
        }
    }

    public MigrationScript {
        steps = List.copyOf(steps);
    }

    /**
     * {@code diff} as {@code ddl}'s database makes it.
     *
     * @throws UnsupportedFeatureException if the database can make a change neither in place nor by a rebuild (the
     *                                     message names it)
     */
    public static MigrationScript render(SchemaDiff diff, DdlOperations ddl) {
        return render(diff, ddl, DdlMode.TRANSACTIONAL);
    }

    /**
     * {@code diff} as {@code ddl}'s database makes it, each change in its online form where {@code mode} asks for it
     * and the database has one.
     *
     * @throws UnsupportedFeatureException as {@link #render(SchemaDiff, DdlOperations)}
     */
    public static MigrationScript render(SchemaDiff diff, DdlOperations ddl, DdlMode mode) {
        Optional<RebuildGuard> rebuildGuard = ddl.rebuildGuard();
        Set<String> rebuilt = new HashSet<>();
        for (SchemaChange change : diff.changes()) {
            if (!alters(change)) {
                continue;
            }
            try {
                ddl.statements(change);
            } catch (UnsupportedFeatureException e) {
                if (rebuildGuard.isEmpty() || diff.rebuildOf(change.tableName()).isEmpty()) {
                    throw e;
                }
                rebuilt.add(change.tableName());
            }
        }
        List<Step> steps = new ArrayList<>();
        Set<String> emitted = new HashSet<>();
        for (SchemaChange change : diff.changes()) {
            if (alters(change) && rebuilt.contains(change.tableName())) {
                if (emitted.add(change.tableName())) {
                    RebuildTable rebuild = diff.rebuildOf(change.tableName()).orElseThrow();
                    steps.add(new Step(rebuild, ddl.statements(rebuild)));
                }
                continue;
            }
            List<String> online = mode == DdlMode.ONLINE ? ddl.onlineStatements(change).orElse(null) : null;
            steps.add(online != null ? new Step(change, online, true) : new Step(change, ddl.statements(change)));
        }
        return new MigrationScript(steps, rebuilt.isEmpty() ? Optional.empty() : rebuildGuard);
    }

    /** Every statement of every step, in order. */
    public List<String> statements() {
        return steps.stream().flatMap(s -> s.statements().stream()).toList();
    }

    /** Whether a step is in its online form: the script runs outside a transaction, statement by statement. */
    public boolean online() {
        return steps.stream().anyMatch(Step::online);
    }

    /** Whether there is nothing to run. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Whether {@code change} alters an existing table (not create, drop or rename it). */
    private static boolean alters(SchemaChange change) {
        return !(change instanceof CreateTable || change instanceof DropTable || change instanceof RenameTable);
    }
}
