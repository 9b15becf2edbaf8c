package dev.quarry.internal.dialect.codec;

import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.schema.DataType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * LocalDate, LocalDateTime and LocalTime through the driver's own java.time support ({@code setObject} and
 * {@code getObject(i, Class)}) after the portable range and precision checks: pgjdbc and mariadb-java-client both
 * carry these field by field, with no time zone, so the two databases share this codec. (SQLite stores text and
 * has its own.) Immutable.
 */
public final class LocalTemporalCodec implements TypeCodec {
    private final TemporalLimits limits;
    private final Class<?> javaClass;
    private final int sqlType;

    private LocalTemporalCodec(TemporalLimits limits, Class<?> javaClass, int sqlType) {
        this.limits = limits;
        this.javaClass = javaClass;
        this.sqlType = sqlType;
    }

    /** {@code LOCAL_DATE} within {@code limits}. */
    public static LocalTemporalCodec date(TemporalLimits limits) {
        return new LocalTemporalCodec(limits, LocalDate.class, Types.DATE);
    }

    /** {@code LOCAL_DATE_TIME} within {@code limits}. */
    public static LocalTemporalCodec dateTime(TemporalLimits limits) {
        return new LocalTemporalCodec(limits, LocalDateTime.class, Types.TIMESTAMP);
    }

    /** {@code LOCAL_TIME} within {@code limits}. */
    public static LocalTemporalCodec time(TemporalLimits limits) {
        return new LocalTemporalCodec(limits, LocalTime.class, Types.TIME);
    }

    @Override
    public void bind(PreparedStatement ps, int index, Object value, DataType<?> type) throws SQLException {
        if (value instanceof LocalDate d) {
            limits.checkYear(type, value, d.getYear());
        } else if (value instanceof LocalDateTime dt) {
            limits.check(type, value, dt.getYear(), dt.getNano());
        } else {
            limits.checkMicros(type, value, ((LocalTime) value).getNano());
        }
        ps.setObject(index, value);
    }

    @Override
    public void bindNull(PreparedStatement ps, int index, DataType<?> type) throws SQLException {
        ps.setNull(index, sqlType);
    }

    @Override
    public Object read(ResultSet rs, int index, DataType<?> type) throws SQLException {
        return rs.getObject(index, javaClass);
    }
}
