package dev.quarry.contract;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static dev.quarry.query.Dsl.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that cannot be quoted safely on every database are refused before any SQL exists ({@code Identifiers.check});
 * names with quote characters are accepted and quoted by each dialect (see {@link HostileInputContractTest}).
 */
class IdentifierContractTest {

    @Test
    void namesWithControlCharactersAreRejected() {
        for (String bad : List.of("nul\u0000", "line\nbreak", "tab\tname", "bell\u0007", "del\u007f")) {
            assertThatThrownBy(() -> TableDef.builder(bad).column("id", DataType.LONG).primaryKey("id").build())
                    .as("table %s", bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("control character");
            assertThatThrownBy(() -> TableDef.builder("t").column(bad, DataType.LONG).primaryKey(bad).build())
                    .as("column %s", bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ARTIST.as(bad)).as("table alias %s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> count().as(bad)).as("column alias %s", bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> dev.quarry.query.Dsl.select(ARTIST.id).from(ARTIST).asTable(bad))
                    .as("derived table %s", bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void emptyAndOverlongNamesAreRejected() {
        assertThatThrownBy(() -> ARTIST.as("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ARTIST.as("x".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThat(ARTIST.as("x".repeat(63)).alias()).hasSize(63);
    }

}
