package dev.quarry.examples.chinook;

import static dev.quarry.examples.chinook.ArtistTable.ARTIST;
import static dev.quarry.query.Dsl.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.error.MisuseException;
import dev.quarry.query.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChinookSourceTest {

    @Test
    void theBundledFileHoldsThePublishedRowCounts() {
        try (ChinookSource source = ChinookSource.open()) {
            for (Table<?> t : ChinookTables.PARENTS_FIRST) {
                assertThat(source.db().select(count()).from(t).fetchOne()).as(t.name())
                        .isEqualTo(ChinookRowCounts.of(t.name()));
            }
        }
        assertThat(ChinookRowCounts.byTable()).hasSize(11);
    }

    @Test
    void theSourceIsReadOnly() {
        try (ChinookSource source = ChinookSource.open()) {
            assertThatThrownBy(() -> source.db().insertInto(ARTIST).values(new Artist(9999, "Nobody")).execute())
                    .isInstanceOf(MisuseException.class).hasMessageContaining("read-only");
        }
    }

    @Test
    void closingDeletesTheExtractedCopy() {
        Path file;
        try (ChinookSource source = ChinookSource.open()) {
            file = source.file();
            assertThat(file).exists();
        }
        assertThat(file).doesNotExist();
        assertThat(Files.exists(file.getParent())).isFalse();
    }

    @Test
    void anUnknownTableHasNoPublishedCount() {
        assertThatThrownBy(() -> ChinookRowCounts.of("Album2")).hasMessageContaining("Album2");
    }
}
