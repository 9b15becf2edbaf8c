package dev.quarry.migrate;

import static dev.quarry.examples.auth.AuthUserTable.AUTH_USER;
import static dev.quarry.examples.auth.UserSessionTable.USER_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
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
            // [table 'user_session': columns [id, user_id, active_expires, idle_expires] expected,
            //  found [id, user_id, active_expires, idle_expires, device]]
            // docs/migrations.md, Introspection: to here
            assertThat(SchemaIntrospection.table(db, "USER_SESSION")).isEmpty();
            return List.of(same, drift);
        }
    }

    @AllDatabases
    void theIntrospectionExampleFindsTheTableAsDeclaredThenTheAddedColumn(TestDb t) {
        List<List<String>> result = example(t.url());

        assertThat(result.get(0)).isEmpty();
        assertThat(result.get(1)).containsExactly("table 'user_session': columns [id, user_id, active_expires,"
                + " idle_expires] expected, found [id, user_id, active_expires, idle_expires, device]");
    }

    @Test
    void theDocShowsTheExampleAsTheTestRunsIt() throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/quarry/migrate/MigrationsDocTest.java"))
                .stream().map(String::strip).toList();
        List<String> snippet = source.subList(source.indexOf(FROM) + 1, source.indexOf(TO));
        List<String> doc = Files.readAllLines(Path.of("../docs/migrations.md")).stream().map(String::strip).toList();

        assertThat(snippet).hasSizeGreaterThan(5);
        assertThat(Collections.indexOfSubList(doc, snippet)).as("docs/migrations.md holds the example").isNotNegative();
    }
}
