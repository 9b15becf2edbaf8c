package dev.quarry.internal.dialect.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.fixtures.ArtistTable;
import dev.quarry.query.Dsl;
import dev.quarry.schema.DataType;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What the writer is given decides the key: calls that would write different text never record equal keys. */
class ShapeRecorderTest {
    private static final Quoting QUOTES = new Quoting('"');

    private static QueryShapeKey record(Consumer<SqlWriter> calls) {
        ShapeRecorder recorder = new ShapeRecorder();
        calls.accept(new SqlWriter(QUOTES, recorder));
        return recorder.shape().key();
    }

    private static String text(Consumer<SqlWriter> calls) {
        SqlWriter w = new SqlWriter(QUOTES);
        calls.accept(w);
        return w.sql();
    }

    @Test
    void anIdentifierAndTheSameWordAsTextDiffer() {
        Consumer<SqlWriter> asIdentifier = w -> w.append("SELECT ").identifier("x");
        Consumer<SqlWriter> asText = w -> w.append("SELECT ").append("x");
        assertThat(text(asIdentifier)).isNotEqualTo(text(asText));
        assertThat(record(asIdentifier)).isNotEqualTo(record(asText));
    }

    @Test
    void aNumberACharacterAndTextDifferEvenWhenTheyPrintAlike() {
        assertThat(record(w -> w.append(1))).isNotEqualTo(record(w -> w.append('1')))
                .isNotEqualTo(record(w -> w.append("1")));
    }

    @Test
    void aTableReadJoinsTheKey() {
        assertThat(record(w -> w.append("x"))).isNotEqualTo(record(w -> {
            w.append("x");
            w.read(ArtistTable.ARTIST);
        }));
    }

    @Test
    void textBuiltPerCallComparesByValue() {
        String a = new String("LIMIT 1");
        String b = new String("LIMIT 1");
        assertThat(record(w -> w.append(a))).isEqualTo(record(w -> w.append(b)))
                .hasSameHashCodeAs(record(w -> w.append(b)));
    }

    @Test
    void aParametersTypeIsPartOfTheKeyAndItsValueIsNot() {
        assertThat(record(w -> w.param(Dsl.val(1)))).isEqualTo(record(w -> w.param(Dsl.val(2))))
                .isNotEqualTo(record(w -> w.param(Dsl.val(1L))));
    }

    @Test
    void aPlaceholderLeavesNoShape() {
        ShapeRecorder recorder = new ShapeRecorder();
        new SqlWriter(QUOTES, recorder).param(Dsl.param("id", DataType.LONG));
        assertThat(recorder.shape()).isNull();
    }
}
