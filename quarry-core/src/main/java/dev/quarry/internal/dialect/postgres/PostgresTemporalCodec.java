package dev.quarry.internal.dialect.postgres;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.codec.LocalTemporalCodec;
import dev.quarry.internal.dialect.codec.TemporalLimits;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Dates and times on PostgreSQL through pgjdbc's java.time support (https://jdbc.postgresql.org/documentation/query/
 * "Using Java 8 Date and Time classes"): {@code setObject}/{@code getObject(i, Class)} with LocalDate, LocalTime,
 * LocalDateTime and OffsetDateTime, never {@code java.sql.Timestamp}, whose conversions use the JVM's default time
 * zone. Instants travel as OffsetDateTime at UTC; {@code timestamptz} keeps the instant, not the offset, so an
 * OffsetDateTime comes back at UTC. PostgreSQL keeps microseconds and years far beyond 9999; the portable limits
 * still apply so data moves between databases. Stateless.
 */
enum PostgresTemporalCodec implements TypeCodec {
    INSTANT(Types.TIMESTAMP_WITH_TIMEZONE) {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            OffsetDateTime utc = ((Instant) value).atOffset(ZoneOffset.UTC);
            LIMITS.check(type, value, utc.getYear(), utc.getNano());
            ps.setObject(index, utc);
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            OffsetDateTime v = rs.getObject(index, OffsetDateTime.class);
            return v == null ? null : v.toInstant();
        }
    },
    OFFSET_DATE_TIME(Types.TIMESTAMP_WITH_TIMEZONE) {
        @Override
        public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
            OffsetDateTime utc = ((OffsetDateTime) value).withOffsetSameInstant(ZoneOffset.UTC);
            LIMITS.check(type, value, utc.getYear(), utc.getNano());
            ps.setObject(index, utc);
        }

        @Override
        public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
            OffsetDateTime v = rs.getObject(index, OffsetDateTime.class);
            return v == null ? null : v.withOffsetSameInstant(ZoneOffset.UTC);
        }
    };

    /** The years and precision stored; the local types' codecs ({@link LocalTemporalCodec}) use them too. */
    static final TemporalLimits LIMITS = new TemporalLimits("PostgreSQL", 1, 9999);

    private final int sqlType;

    PostgresTemporalCodec(int sqlType) {
        this.sqlType = sqlType;
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, sqlType);
    }
}
