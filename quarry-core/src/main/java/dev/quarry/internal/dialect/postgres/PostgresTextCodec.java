package dev.quarry.internal.dialect.postgres;

import dev.quarry.internal.dialect.codec.BoundedTextCodec;
import dev.quarry.internal.dialect.codec.ValueRejection;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Text on PostgreSQL, which "cannot store the character with code zero (sometimes called NUL)"
 * (https://www.postgresql.org/docs/current/datatype-character.html). Such a string is rejected before sending,
 * with a message that says which character; then the length is checked as everywhere ({@link BoundedTextCodec}).
 * {@code indexOf} is a JIT intrinsic, so the check costs little on the hot path. Immutable.
 */
final class PostgresTextCodec extends BoundedTextCodec {
    static final PostgresTextCodec INSTANCE = new PostgresTextCodec();

    private PostgresTextCodec() {
        super("PostgreSQL");
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        String s = (String) value;
        int nul = s.indexOf('\u0000');
        if (nul >= 0) {
            throw ValueRejection.invalid("PostgreSQL", type, value,
                    "PostgreSQL text cannot hold the character U+0000 (NUL), found at index " + nul
                            + "; store such data as BYTES");
        }
        checkLength(s, type);
        checkWellFormed(s, type);
        ps.setString(index, s);
    }
}
