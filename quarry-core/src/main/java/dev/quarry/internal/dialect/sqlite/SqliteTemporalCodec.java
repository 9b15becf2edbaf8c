package dev.quarry.internal.dialect.sqlite;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.codec.TemporalLimits;
import dev.quarry.internal.dialect.codec.ValueRejection;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Dates and times on SQLite, which has no such types (https://www.sqlite.org/datatype3.html section 2.2): each is
 * stored as the text {@link SqliteTemporalText} writes, the form SQLite's date functions read. Instants and offset
 * date-times are stored in UTC; an {@link OffsetDateTime} comes back at offset UTC (the instant is kept, the offset
 * it was written with is not). Stateless.
 */
enum SqliteTemporalCodec implements TypeCodec {
    INSTANT {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            Instant instant = (Instant) value;
            LIMITS.check(type, value, SqliteTemporalText.utc(instant).getYear(), instant.getNano());
            ps.setString(index, SqliteTemporalText.format(instant));
        }

        @Override
        Object parse(String text) {
            return SqliteTemporalText.parseInstant(text);
        }
    },
    OFFSET_DATE_TIME {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            Instant instant = ((OffsetDateTime) value).toInstant();
            LIMITS.check(type, value, SqliteTemporalText.utc(instant).getYear(), instant.getNano());
            ps.setString(index, SqliteTemporalText.format(instant));
        }

        @Override
        Object parse(String text) {
            Instant instant = SqliteTemporalText.parseInstant(text);
            return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
        }
    },
    LOCAL_DATE {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            LocalDate date = (LocalDate) value;
            LIMITS.checkYear(type, value, date.getYear());
            ps.setString(index, SqliteTemporalText.format(date));
        }

        @Override
        Object parse(String text) {
            return SqliteTemporalText.parseDate(text);
        }
    },
    LOCAL_DATE_TIME {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            LocalDateTime dt = (LocalDateTime) value;
            LIMITS.check(type, value, dt.getYear(), dt.getNano());
            ps.setString(index, SqliteTemporalText.format(dt));
        }

        @Override
        Object parse(String text) {
            return SqliteTemporalText.parseDateTime(text);
        }
    },
    LOCAL_TIME {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            LocalTime time = (LocalTime) value;
            LIMITS.checkMicros(type, value, time.getNano());
            ps.setString(index, SqliteTemporalText.format(time));
        }

        @Override
        Object parse(String text) {
            return SqliteTemporalText.parseTime(text);
        }
    };

    private static final TemporalLimits LIMITS = new TemporalLimits("SQLite", 1, 9999);

    /** The value of {@code text}, or null if it is not this type's text form. */
    abstract Object parse(String text);

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, Types.VARCHAR);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        String text = rs.getString(index);
        if (text == null) {
            return null;
        }
        Object value = parse(text);
        if (value == null) {
            throw ValueRejection.unreadable("SQLite", type, text, "it is not " + type + " text in the form "
                    + SqliteCodecs.textForm(type.kind()));
        }
        return value;
    }
}
