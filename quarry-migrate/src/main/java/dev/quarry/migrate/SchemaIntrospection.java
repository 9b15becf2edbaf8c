package dev.quarry.migrate;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.Introspector;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a live database's schema into Quarry's schema model, through the database's
 * {@link Introspector} ({@code db.platform().introspector()}) on a reading connection: the tables of the handle's
 * schema (SQLite's main database, PostgreSQL's {@code current_schema()}, MariaDB's current database), each with its
 * columns, keys, indexes, foreign keys and checks. What each database reports differently from what Quarry created
 * is listed in docs/migrations.md; {@link SchemaComparison} compares with that in mind. Stateless.
 *
 * <pre>{@code
 * SchemaSnapshot live = SchemaIntrospection.snapshot(db);
 * TableDef artist = live.table("artist").orElseThrow();
 * List<String> drift = SchemaComparison.differences(db.platform().introspector(), ARTIST.def(), artist);
 * }</pre>
 */
public final class SchemaIntrospection {
    private SchemaIntrospection() {
    }

    /**
     * Every table of {@code db}'s schema, read now.
     *
     * @throws dev.quarry.error.UnsupportedFeatureException if a table has no primary key (the model needs one)
     * @throws dev.quarry.error.QuarryException            if the catalog cannot be read
     */
    public static SchemaSnapshot snapshot(Quarry db) {
        Introspector introspector = db.platform().introspector();
        return SchemaSnapshot.of(db.withConnection(ConnectionAccess.READ, introspector::tables));
    }

    /**
     * The table of {@code db}'s schema named exactly {@code name} (case counts), read now; empty when there is no
     * such table (a view is not one).
     *
     * @throws dev.quarry.error.UnsupportedFeatureException if the table has no primary key (the model needs one)
     * @throws dev.quarry.error.QuarryException            if the catalog cannot be read
     */
    public static Optional<TableDef> table(Quarry db, String name) {
        Objects.requireNonNull(name, "name");
        Introspector introspector = db.platform().introspector();
        return db.withConnection(ConnectionAccess.READ, c -> introspector.table(c, name));
    }
}
