package dev.quarry.migrate;

import dev.quarry.Quarry;
import dev.quarry.schema.TableDef;
import java.util.Collection;
import java.util.Objects;

/**
 * Brings a live database's schema to the code's tables directly, without migration files: read the schema, diff it
 * with the tables, render the changes for the database and run them (what drizzle-kit calls {@code push}). For a
 * development database and tests; production databases take migration files, which are reviewed and kept.
 *
 * <pre>{@code
 * MigrationScript script = LiveMigration.script(db, List.of(ARTIST.def(), ALBUM.def()), Renames.none());
 * script.statements().forEach(System.out::println);                 // what would run
 * LiveMigration.apply(db, List.of(ARTIST.def(), ALBUM.def()), Renames.none(), DataLoss.REFUSE);
 * }</pre>
 *
 * Tables of the database that {@code tables} does not name are dropped: pass every table of the schema. Stateless.
 */
public final class LiveMigration {
    private LiveMigration() {
    }

    /** The changes from {@code db}'s schema, read now, to {@code tables}. */
    public static SchemaDiff diff(Quarry db, Collection<TableDef> tables, Renames renames) {
        Objects.requireNonNull(tables, "tables");
        SchemaSnapshot live = SchemaIntrospection.snapshot(db);
        return SchemaDiff.between(live, tables, renames, db.platform().introspector()::normalise);
    }

    /** {@link #diff} rendered for {@code db}'s database, without running it. */
    public static MigrationScript script(Quarry db, Collection<TableDef> tables, Renames renames) {
        return MigrationScript.render(diff(db, tables, renames), db.platform().ddl());
    }

    /**
     * Makes {@code db}'s schema that of {@code tables} and returns what ran. On SQLite and PostgreSQL it runs in one
     * transaction: on failure nothing has changed. On MariaDB each statement commits: a failure throws
     * {@link MigrationFailedException}, which says which statements ran.
     *
     * @throws DestructiveChangeException if a change can lose data and {@code dataLoss} is {@link DataLoss#REFUSE}
     * @throws dev.quarry.error.UnsupportedFeatureException if the database cannot make a change
     * @throws dev.quarry.error.QuarryException if a statement fails (a row breaks a new constraint, a value does not
     *                                          convert to a new type)
     */
    public static MigrationScript apply(Quarry db, Collection<TableDef> tables, Renames renames, DataLoss dataLoss) {
        Objects.requireNonNull(dataLoss, "dataLoss");
        SchemaDiff diff = diff(db, tables, renames);
        if (dataLoss == DataLoss.REFUSE && !diff.destructive().isEmpty()) {
            throw new DestructiveChangeException(diff.destructive());
        }
        MigrationScript script = MigrationScript.render(diff, db.platform().ddl());
        ScriptRunner.run(db, script);
        return script;
    }
}
