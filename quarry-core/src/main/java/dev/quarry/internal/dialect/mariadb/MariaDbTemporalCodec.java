package dev.quarry.internal.dialect.mariadb;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.codec.LocalTemporalCodec;
import dev.quarry.internal.dialect.codec.TemporalLimits;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Dates and times on MariaDB. {@code DATETIME(6)} has no time zone (https://mariadb.com/kb/en/datetime/), so
 * instants and offset date-times are stored as their UTC wall clock and come back at UTC (the offset written is
 * not kept). {@code TIMESTAMP} is avoided: it converts through the session time zone and ends in 2038.
 *
 * <p>Everything travels as LocalDate / LocalTime / LocalDateTime, which mariadb-java-client 3.x encodes and
 * decodes field by field without any time zone; its OffsetDateTime, ZonedDateTime and Instant codecs and
 * {@code java.sql.Timestamp} go through the JVM default zone (and {@code getString} on a DATETIME was seen to
 * shift a wall clock inside a daylight-saving gap). Years 1000..9999 are MariaDB's documented range. Stateless.
 */
enum MariaDbTemporalCodec implements TypeCodec {
    INSTANT(Types.TIMESTAMP) {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            Instant instant = (Instant) value;
            ps.setObject(index, checked(type, value,
                    LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC)));
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            LocalDateTime utc = rs.getObject(index, LocalDateTime.class);
            return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
        }
    },
    OFFSET_DATE_TIME(Types.TIMESTAMP) {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            OffsetDateTime odt = (OffsetDateTime) value;
            ps.setObject(index, checked(type, value, odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            LocalDateTime utc = rs.getObject(index, LocalDateTime.class);
            return utc == null ? null : utc.atOffset(ZoneOffset.UTC);
        }
    };

    /** The years and precision stored; the local types' codecs ({@link LocalTemporalCodec}) use them too. */
    static final TemporalLimits LIMITS = new TemporalLimits("MariaDB", 1000, 9999);

    private final int sqlType;

    MariaDbTemporalCodec(int sqlType) {
        this.sqlType = sqlType;
    }

    /** {@code wallClock} (of {@code value}) after the range and precision checks. */
    static LocalDateTime checked(DataType<?> type, Object value, LocalDateTime wallClock) {
        LIMITS.check(type, value, wallClock.getYear(), wallClock.getNano());
        return wallClock;
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, sqlType);
    }
}
