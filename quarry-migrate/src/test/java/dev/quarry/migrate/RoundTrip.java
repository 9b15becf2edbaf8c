package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.DdlOperations;
import dev.quarry.spi.Introspector;
import java.sql.Statement;

/** The round trip's two halves: create tables from definitions, and check that what is read back equals them. */
final class RoundTrip {
    private RoundTrip() {
    }

    /** Creates {@code tables}, in order, with the database's DDL ({@code db.platform().ddl()}). */
    static void create(Quarry db, TableDef... tables) {
        DdlOperations ddl = db.platform().ddl();
        db.withConnection(ConnectionAccess.WRITE, c -> {
            try (Statement s = c.createStatement()) {
                for (TableDef t : tables) {
                    for (String sql : ddl.createTable(t, false)) {
                        s.execute(sql);
                    }
                }
            }
            return null;
        });
    }

    /**
     * Reads every table of {@code db} and asserts that each of {@code declared} is there and equal to its declared
     * definition, as {@link SchemaComparison} compares them; returns the snapshot.
     */
    static SchemaSnapshot assertReadBackAsDeclared(Quarry db, TableDef... declared) {
        Introspector introspector = db.platform().introspector();
        SchemaSnapshot live = SchemaIntrospection.snapshot(db);
        for (TableDef d : declared) {
            assertThat(live.table(d.name())).as("table %s is read", d.name()).isPresent();
            assertThat(SchemaComparison.differences(introspector, d, live.table(d.name()).orElseThrow()))
                    .as("%s on %s, read back as %s", d.name(), db.dialectName(), live.table(d.name()).orElseThrow())
                    .isEmpty();
        }
        return live;
    }
}
