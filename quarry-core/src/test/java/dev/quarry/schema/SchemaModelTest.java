package dev.quarry.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.annotation.ReferentialAction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts the schema model gained for introspection, and that the old constructors still mean what they meant. */
class SchemaModelTest {

    @Test
    void theOldConstructorsKeepTheirMeaning() {
        assertThat(new IndexDef("k", List.of("a"), true).constraint()).as("a unique index is a constraint").isTrue();
        assertThat(new IndexDef("i", List.of("a"), false).constraint()).isFalse();
        assertThat(new ForeignKeyDef("f", List.of("a"), "p", List.of("id"), ReferentialAction.CASCADE).onUpdate())
                .isEqualTo(ReferentialAction.NO_ACTION);
        assertThat(new ColumnDef("c", DataType.INT, true, "1", false).defaultExpression()).isNull();
        assertThat(new DataType<>(SqlType.INT, Integer.class, 0, 0, 0)).isEqualTo(DataType.INT);
        assertThat(TableDef.builder("t").column("id", DataType.LONG).primaryKey("id").build().checks()).isEmpty();
    }

    @Test
    void aNativeTypeHasANameAndOnlyANativeTypeHasOne() {
        assertThat(DataType.ofNative("inet")).hasToString("NATIVE(inet)");
        assertThat(DataType.ofNative("inet").javaType()).isEqualTo(Object.class);
        assertThatThrownBy(() -> DataType.ofNative(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataType.ofNative("int\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DataType<>(SqlType.INT, Integer.class, 0, 0, 0, "int"))
                .hasMessageContaining("only a NATIVE type");
    }

    @Test
    void aColumnHasOneDefaultAndOnlyAUniqueIndexIsAConstraint() {
        assertThatThrownBy(() -> new ColumnDef("c", DataType.INT, true, "1", false, "2"))
                .hasMessageContaining("'c' has a default value and a default expression");
        assertThatThrownBy(() -> new IndexDef("i", List.of("a"), false, true)).hasMessageContaining("must be unique");
        assertThat(new ColumnDef("c", DataType.INT, true, null, false, "abs(1)").hasDefault()).isTrue();
    }

    @Test
    void checksAreNamedOnceAndTheirNamesAreClaimedAcrossTables() {
        TableDef.Builder b = TableDef.builder("t").column("id", DataType.LONG).primaryKey("id")
                .check("t_check", "id > 0").check("t_check", "id < 9");
        assertThatThrownBy(b::build).hasMessageContaining("two check constraints named 't_check'");
        TableDef t = TableDef.builder("t").column("id", DataType.LONG).primaryKey("id").check("same", "id > 0")
                .build();
        TableDef u = TableDef.builder("u").column("id", DataType.LONG).primaryKey("id").index("same", "id").build();
        assertThatThrownBy(() -> SchemaNames.requireUnique(List.of(u, t)))
                .hasMessageContaining("check constraint name 'same' of table 't' is taken");
    }
}
