package dev.quarry.migrate;

import static dev.quarry.examples.auth.AuthUserTable.AUTH_USER;
import static dev.quarry.examples.chinook.AlbumTable.ALBUM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.schema.TableDef;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the code's tables through the processor's index, with the examples' tables (compiled by the processor). */
class TableIndexTest {

    @Test
    void theExamplesIndexGivesEveryChinookAndAuthTableAsItsClassDefinesIt() {
        TableIndex index = TableIndex.load(getClass().getClassLoader());

        assertThat(index.tables()).extracting(TableDef::name).containsExactly("Album", "Artist", "Customer",
                "Employee", "Genre", "Invoice", "InvoiceLine", "MediaType", "Playlist", "PlaylistTrack", "Track",
                "auth_user", "user_key", "user_session");
        assertThat(index.tables()).contains(ALBUM.def(), AUTH_USER.def());
        assertThat(index.sources()).singleElement().satisfies(u -> assertThat(u.toString())
                .contains("quarry-examples").endsWith(TableIndex.RESOURCE));
        assertThat(index.renames().tableFrom("Album")).isEmpty();
    }

    @Test
    void renamesInTheIndexBecomeRenames(@TempDir Path dir) throws IOException {
        writeIndex(dir, "# a comment\nrenamed-table\tcustomer\tclient\nrenamed-column\tcustomer\temail\tmail\n");

        TableIndex index = load(dir);

        assertThat(index.tables()).isEmpty();
        assertThat(index.renames().tableFrom("customer")).contains("client");
        assertThat(index.renames().columnFrom("customer", "email")).contains("mail");
    }

    @Test
    void aStaleIndexNamingAMissingClassIsRefusedWithTheFix(@TempDir Path dir) throws IOException {
        writeIndex(dir, "table\tshop.GoneTable\tGONE\n");

        assertThatThrownBy(() -> load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1: the index names shop.GoneTable.GONE, which is not on the class path")
                .hasMessageContaining("rebuild the project");
    }

    @Test
    void aLineNotInTheFormatIsRefusedNamingIt(@TempDir Path dir) throws IOException {
        writeIndex(dir, "# header\ntable dev.quarry.examples.chinook.AlbumTable ALBUM\n");

        assertThatThrownBy(() -> load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2: 'table dev.quarry.examples.chinook.AlbumTable ALBUM' is not an entry");
    }

    @Test
    void aFieldThatIsNotATableIsRefused(@TempDir Path dir) throws IOException {
        writeIndex(dir, "table\tdev.quarry.examples.chinook.AlbumTable\tDEF\n");

        assertThatThrownBy(() -> load(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AlbumTable.DEF is not a static table instance");
    }

    private static void writeIndex(Path dir, String text) throws IOException {
        Path file = dir.resolve(TableIndex.RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The index in {@code dir} alone: the parent loader is the platform's, which has none. */
    private TableIndex load(Path dir) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return findResources(name); // only this directory's index, not the examples' too
            }
        }) {
            return TableIndex.load(loader);
        }
    }
}
