package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * {@code STRING(n)} with its length enforced by Quarry, in code points (as PostgreSQL and MariaDB count characters),
 * before the value is sent. No database can be left to do it: SQLite ignores declared lengths
 * (https://www.sqlite.org/faq.html#q9), and PostgreSQL and MariaDB, even in strict mode, silently cut excess
 * characters that are spaces (https://www.postgresql.org/docs/current/datatype-character.html: "the excess
 * characters will be truncated"). One {@code length()} comparison on the hot path; code points are counted only for
 * strings longer in UTF-16 units than the limit. Immutable.
 */
public class BoundedTextCodec implements TypeCodec {
    private final String database;

    /** @param database the database's name, for messages */
    public BoundedTextCodec(String database) {
        this.database = database;
    }

    /** Rejects {@code s} if it holds an unpaired surrogate ({@link WellFormedText}). */
    protected final void checkWellFormed(String s, DataType<?> type) {
        WellFormedText.require(database, type, s);
    }

    /** Rejects {@code s} if it is longer than {@code type}'s length. */
    protected final void checkLength(String s, DataType<?> type) {
        int max = type.length();
        if (max != 0 && s.length() > max) {
            int codePoints = s.codePointCount(0, s.length());
            if (codePoints > max) {
                throw ValueRejection.invalid(database, type, s, "it has " + codePoints
                        + " characters and the column allows " + max);
            }
        }
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        String s = (String) value;
        checkLength(s, type);
        checkWellFormed(s, type);
        ps.setString(index, s);
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.VARCHAR);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        return rs.getString(index);
    }
}
