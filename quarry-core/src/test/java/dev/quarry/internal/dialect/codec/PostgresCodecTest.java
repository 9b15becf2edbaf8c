package dev.quarry.internal.dialect.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.schema.DataType;
import dev.quarry.schema.Json;
import dev.quarry.testing.TestTarget;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The PostgreSQL codecs: NUL in text, IEEE specials kept, JSON bound as jsonb. */
class PostgresCodecTest extends CodecContract {

    @Override
    TestTarget target() {
        return TestTarget.POSTGRES;
    }

    @Test
    void textWithANulCharacterIsRejectedBecausePostgresCannotStoreIt() throws SQLException {
        assertRejected(DataType.STRING, "a\u0000b", "U+0000", "index 1");
        assertRejected(DataType.string(10), "\u0000", "U+0000");
    }

    @Test
    void nanInfinitiesAndNegativeZeroAreKept() throws SQLException {
        ValueTable doubles = table(DataType.DOUBLE);
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0}) {
            assertThat(doubles.roundTrip(d)).isEqualTo(d);
        }
        ValueTable floats = table(DataType.FLOAT);
        for (float f : new float[] {Float.NaN, Float.NEGATIVE_INFINITY, -0.0f, Float.MIN_VALUE}) {
            assertThat(floats.roundTrip(f)).isEqualTo(f);
        }
    }

    @Test
    void jsonIsBoundAsJsonb() throws SQLException {
        ValueTable t = table(DataType.JSON);
        int id = t.write(Json.of("{\"b\":1,  \"a\":[true]}"));
        assertThat(store.count("SELECT COUNT(*) FROM " + t.name() + " WHERE v @> '{\"a\": [true]}' AND id = " + id))
                .isOne();
        assertThat(t.read(id)).isEqualTo(Json.of("{\"a\": [true], \"b\": 1}")); // jsonb's normal form
    }
}
