package dev.quarry.migrate;

import static dev.quarry.examples.auth.AuthUserTable.AUTH_USER;
import static dev.quarry.examples.auth.UserSessionTable.USER_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.Introspector;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the example of docs/migrations.md ("Introspection") on every database, with {@code url} naming the test's
 * schema instead of {@code jdbc:sqlite:app.db}, and checks that the doc shows it line for line as written here
 * (between the two marker comments). Surefire runs in the module's directory.
 */
class MigrationsDocTest {
    private static final String FROM = "// docs/migrations.md, Introspection: from here";
    private static final String TO = "// docs/migrations.md, Introspection: to here";

    /** The example; returns its two lists of differences. */
    private static List<List<String>> example(String url) {
        try (Quarry db = Quarry.open(url)) {
            // docs/migrations.md, Introspection: from here
            db.schema().createIfNotExists(AUTH_USER, USER_SESSION);
            Introspector introspector = db.platform().introspector();

            SchemaSnapshot live = SchemaIntrospection.snapshot(db);          // every table, read now
            TableDef session = live.table("user_session").orElseThrow();     // Optional.empty() for no such table
            List<String> same = SchemaComparison.differences(introspector, USER_SESSION.def(), session);
            // []: the table is as declared, up to what the database changes in it

            db.sql("ALTER TABLE user_session ADD COLUMN device VARCHAR(40)").execute();
            TableDef changed = SchemaIntrospection.table(db, "user_session").orElseThrow();
            List<String> drift = SchemaComparison.differences(introspector, USER_SESSION.def(), changed);
            // [table 'user_session': column 'device' is not expected]
            // docs/migrations.md, Introspection: to here
            assertThat(SchemaIntrospection.table(db, "USER_SESSION")).isEmpty();
            return List.of(same, drift);
        }
    }

    @AllDatabases
    void theIntrospectionExampleFindsTheTableAsDeclaredThenTheAddedColumn(TestDb t) {
        List<List<String>> result = example(t.url());

        assertThat(result.get(0)).isEmpty();
        assertThat(result.get(1)).containsExactly("table 'user_session': column 'device' is not expected");
    }

    /** The example of "Bringing a database to the code's schema"; returns what it printed. */
    private static List<String> pushExample(String url) {
        List<String> printed = new java.util.ArrayList<>();
        try (Quarry db = Quarry.open(url)) {
            LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW); // the test's schema starts empty
            // docs/migrations.md, Push: from here
            TableDef v1 = TableDef.builder("note")
                    .column("id", DataType.LONG).column("title", DataType.string(40)).primaryKey("id").build();
            LiveMigration.apply(db, List.of(v1), Renames.none(), DataLoss.REFUSE);     // creates the table
            db.sql("INSERT INTO note (id, title) VALUES (1, 'first')").execute();

            TableDef v2 = TableDef.builder("note")
                    .column("id", DataType.LONG).nullableColumn("heading", DataType.string(80))
                    .index("note_heading_idx", "heading").primaryKey("id").build();
            Renames renames = Renames.builder().column("note", "heading", "title").build();
            MigrationScript script = LiveMigration.script(db, List.of(v2), renames);   // what would run
            script.statements().forEach(printed::add);
            LiveMigration.apply(db, List.of(v2), renames, DataLoss.REFUSE);            // runs it
            // note(id, heading) with the row (1, 'first'); on SQLite the table was rebuilt

            try {
                LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.REFUSE);
            } catch (DestructiveChangeException e) {
                printed.add(e.changes().toString());                                   // [drops table 'note' and its rows]
            }
            // docs/migrations.md, Push: to here
            printed.add(db.sql("SELECT heading FROM note WHERE id = 1").fetch(row -> row.get(0, DataType.STRING)).get(0));
        }
        return printed;
    }

    @AllDatabases
    void thePushExampleRenamesWidensAndRefusesToDropTheTable(TestDb t) {
        List<String> printed = pushExample(t.url());

        assertThat(printed).last().isEqualTo("first");
        assertThat(printed.get(printed.size() - 2)).isEqualTo("[drops table 'note' and its rows]");
        String statements = String.join("\n", printed.subList(0, printed.size() - 2));
        switch (t.target()) {
            case SQLITE -> assertThat(statements).contains("CREATE TABLE \"quarry_rebuild_note\"",
                    "SELECT \"id\", \"title\" FROM \"note\"", "CREATE INDEX \"note_heading_idx\"");
            case POSTGRES -> assertThat(statements).contains("RENAME COLUMN \"title\" TO \"heading\"",
                    "TYPE varchar(80)", "DROP NOT NULL", "CREATE INDEX \"note_heading_idx\"");
            case MARIADB -> assertThat(statements).contains("RENAME COLUMN `title` TO `heading`",
                    "MODIFY COLUMN `heading` VARCHAR(80)", "CREATE INDEX `note_heading_idx`");
        }
    }

    /** The example of "Migration files"; returns the states status() gave. */
    private static List<String> filesExample(String url, Path migrations) {
        try (Quarry db = Quarry.open(url)) {
            LiveMigration.apply(db, List.of(), Renames.none(), DataLoss.ALLOW); // the test's schema starts empty
            // docs/migrations.md, Files: from here
            TableDef v1 = TableDef.builder("note")
                    .column("id", DataType.LONG).column("title", DataType.string(40)).primaryKey("id").build();
            MigrationFiles.generate(migrations, "create notes", List.of(v1), Renames.none(), DataLoss.REFUSE);
            // wrote migrations/{sqlite,postgresql,mariadb}/V1__create_notes.sql and U1__..., and schema.json

            TableDef v2 = TableDef.builder("note")
                    .column("id", DataType.LONG).nullableColumn("title", DataType.string(80)).primaryKey("id").build();
            MigrationFiles.generate(migrations, "longer titles", List.of(v2), Renames.none(), DataLoss.REFUSE);
            // V2__longer_titles.sql: no database needed, the diff is against schema.json

            Migrator migrator = Migrator.of(db, migrations);                     // the files of db's database
            Migrator.MigrationRun run = migrator.migrate();                      // run.applied() is [1, 2]
            List<Migrator.VersionState> status = migrator.status();              // both "applied"
            migrator.downTo(1, false);                                           // runs U2: back at v1
            // docs/migrations.md, Files: to here
            assertThat(run.applied()).containsExactly(1, 2);
            return status.stream().map(Migrator.VersionState::state).toList();
        }
    }

    @AllDatabases
    void theFilesExampleGeneratesRunsAndGoesDown(TestDb t, @org.junit.jupiter.api.io.TempDir Path dir) {
        assertThat(filesExample(t.url(), dir)).containsExactly("applied", "applied");
        assertThat(dir.resolve("postgresql/V2__longer_titles.sql")).exists();
    }

    @Test
    void theDocShowsTheFilesExampleAsTheTestRunsIt() throws IOException {
        assertDocHolds("// docs/migrations.md, Files: from here", "// docs/migrations.md, Files: to here");
    }

    @Test
    void theDocShowsThePushExampleAsTheTestRunsIt() throws IOException {
        assertDocHolds("// docs/migrations.md, Push: from here", "// docs/migrations.md, Push: to here");
    }

    @Test
    void theDocShowsTheExampleAsTheTestRunsIt() throws IOException {
        assertDocHolds(FROM, TO);
    }

    private static void assertDocHolds(String from, String to) throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/quarry/migrate/MigrationsDocTest.java"))
                .stream().map(String::strip).toList();
        List<String> snippet = source.subList(source.indexOf(from) + 1, source.indexOf(to));
        List<String> doc = Files.readAllLines(Path.of("../docs/migrations.md")).stream().map(String::strip).toList();

        assertThat(snippet).hasSizeGreaterThan(5);
        assertThat(Collections.indexOfSubList(doc, snippet)).as("docs/migrations.md holds the example").isNotNegative();
    }
}
