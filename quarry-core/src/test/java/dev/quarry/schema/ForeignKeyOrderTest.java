package dev.quarry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.annotation.ReferentialAction;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ForeignKeyOrderTest {

    private static TableDef table(String name, String... parents) {
        TableDef.Builder b = TableDef.builder(name).column("id", DataType.LONG).primaryKey("id");
        for (String p : parents) {
            b.column(p + "_id", DataType.LONG).foreignKey(name + "_" + p + "_fkey", List.of(p + "_id"), p,
                    List.of("id"), ReferentialAction.NO_ACTION);
        }
        return b.build();
    }

    @Test
    void parentsComeBeforeTheirChildrenAndOtherwiseTheGivenOrderIsKept() {
        TableDef track = table("track", "album");
        TableDef album = table("album", "artist");
        TableDef artist = table("artist");
        TableDef genre = table("genre");
        List<TableDef> order = ForeignKeyOrder.parentsFirst(List.of(track, genre, album, artist), Function.identity());
        assertThat(order).extracting(TableDef::name).containsExactly("artist", "album", "track", "genre");
        assertThat(ForeignKeyOrder.childrenFirst(List.of(artist, album, track), Function.identity()))
                .extracting(TableDef::name).containsExactly("track", "album", "artist");
    }

    @Test
    void aTableReferencingItselfOrATableNotGivenIsFine() {
        TableDef employee = table("employee", "employee", "office");
        assertThat(ForeignKeyOrder.parentsFirst(List.of(employee), Function.identity())).containsExactly(employee);
    }

    @Test
    void aCycleIsRefusedNamingATableOnIt() {
        TableDef a = table("a", "b");
        TableDef b = table("b", "a");
        assertThatThrownBy(() -> ForeignKeyOrder.parentsFirst(List.of(a, b), Function.identity()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle through 'a'");
    }
}
