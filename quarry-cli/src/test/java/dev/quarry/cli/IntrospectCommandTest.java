package dev.quarry.cli;

import static dev.quarry.examples.auth.AuthUserTable.AUTH_USER;
import static dev.quarry.examples.auth.UserKeyTable.USER_KEY;
import static dev.quarry.examples.auth.UserSessionTable.USER_SESSION;
import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.migrate.SchemaComparison;
import dev.quarry.migrate.SchemaIntrospection;
import dev.quarry.migrate.TableIndex;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.Introspector;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quarry introspect} on each database: the records it prints compile, the annotation processor accepts them,
 * and the tables they declare are those the database holds.
 */
class IntrospectCommandTest {
    @TempDir
    Path dir;

    @AllDatabases
    void theRecordsCompileAndDeclareTheTablesTheDatabaseHolds(TestDb t) throws IOException {
        t.use(ARTIST, ALBUM, AUTH_USER, USER_SESSION, USER_KEY);

        Cli.Run run = Cli.in(dir).run("introspect", "--url", t.url(), "--package", "app.schema", "--output", "src");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Wrote src/app/schema/Album.java", "Wrote src/app/schema/UserSession.java");
        Path classes = SchemaCompiler.compile(dir.resolve("classes"), sources(dir.resolve("src")));
        try (CodeClassLoader loader = new CodeClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            TableIndex generated = TableIndex.load(loader);
            Introspector introspector = t.db().platform().introspector();
            assertThat(generated.tables()).extracting(TableDef::name)
                    .containsExactly("Album", "Artist", "auth_user", "user_key", "user_session");
            for (TableDef declared : generated.tables()) {
                TableDef live = SchemaIntrospection.table(t.db(), declared.name()).orElseThrow();
                assertThat(SchemaComparison.differences(introspector, declared, live)).as(declared.name()).isEmpty();
            }
        }
    }

    @AllDatabases
    void withoutOutputTheRecordsArePrinted(TestDb t) {
        t.use(ARTIST, ALBUM);

        Cli.Run run = Cli.in(dir).run("introspect", "--url", t.url());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("// Album.java", "package db;", "@Table(\"Album\")", "public record Album(",
                "@References(value = Artist.class, column = \"ArtistId\"");
    }

    @AllDatabases
    void aTableWithoutAPrimaryKeyIsNamedAndNothingIsWritten(TestDb t) {
        t.db().sql("CREATE TABLE no_key (a INT)").execute();
        try {
            Cli.Run run = Cli.in(dir).run("introspect", "--url", t.url(), "--output", "src");

            assertThat(run.exitCode()).as(run.all()).isEqualTo(3);
            assertThat(run.err()).startsWith("quarry: ").contains("no_key");
            assertThat(dir.resolve("src")).doesNotExist();
        } finally {
            t.db().sql("DROP TABLE no_key").execute();
        }
    }

    private static Map<String, String> sources(Path src) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = src.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", "");
                out.put(name, Files.readString(f));
            }
        }
        return out;
    }
}
