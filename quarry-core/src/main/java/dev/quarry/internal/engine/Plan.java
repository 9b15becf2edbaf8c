package dev.quarry.internal.engine;

import dev.quarry.error.InvalidValueException;
import dev.quarry.error.MisuseException;
import dev.quarry.internal.dialect.KeyViolation;
import dev.quarry.internal.dialect.TypeCodec;
import dev.quarry.internal.dialect.TypeCodecs;
import dev.quarry.internal.dialect.codec.RejectedValue;
import dev.quarry.internal.dialect.render.Rendered;
import dev.quarry.query.Placeholder;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.StatementKind;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rendered statement made ready to bind: each parameter's codec and type looked up once, each placeholder's
 * position resolved once, so binding a run is one array walk. Immutable and thread-safe.
 */
final class Plan {
    final String sql;
    final Access access;
    final boolean returnsRows;
    final boolean generatedKeys;
    /** What the statement does and touches, as the dialect reported it. */
    final StatementKind kind;
    final Set<String> tablesRead;
    final Set<String> tablesWritten;
    final boolean tablesKnown;
    /** The table an INSERT or UPDATE writes, or null: completes a key violation ({@link KeyViolation#against}). */
    final TableDef written;
    final List<Placeholder<?>> placeholders;
    private final Object[] fixed;
    private final int[] slots;
    private final TypeCodec[] codecs;
    private final DataType<?>[] types;
    /** Per parameter, the {@code table.column} it is written to, or null: for the message of a refused value. */
    private final String[] targets;
    /** Per parameter, whether its type can hold a value a cached statement must not keep ({@link LargeValues}). */
    private final boolean[] sizable;

    private Plan(Rendered rendered, Access access, TypeCodecs codecTable, int leading) {
        this.sql = rendered.sql();
        this.access = access;
        this.returnsRows = rendered.returnsRows();
        this.generatedKeys = rendered.generatedKeys();
        this.kind = rendered.kind();
        this.tablesRead = rendered.tablesRead();
        this.tablesWritten = rendered.tablesWritten();
        this.tablesKnown = rendered.tablesKnown();
        this.written = rendered.written();
        int count = rendered.parameterCount();
        List<Placeholder<?>> found = new ArrayList<>();
        fixed = new Object[count];
        slots = new int[count];
        codecs = new TypeCodec[count];
        types = new DataType<?>[count];
        targets = new String[count];
        sizable = new boolean[count];
        for (int i = 0; i < count; i++) {
            types[i] = rendered.typeAt(i);
            sizable[i] = LargeValues.canBeLarge(types[i].javaType());
            targets[i] = rendered.targetAt(i);
            codecs[i] = codecTable.get(types[i].kind());
            Placeholder<?> ph = rendered.placeholderAt(i);
            if (i < leading) {
                slots[i] = i; // a row value of a chunked or batched insert, filled per run
            } else if (ph != null) {
                int at = found.indexOf(ph);
                if (at < 0) {
                    at = found.size();
                    found.add(ph);
                }
                slots[i] = at;
            } else {
                slots[i] = -1;
                fixed[i] = rendered.valueAt(i);
            }
        }
        this.placeholders = List.copyOf(found);
    }

    static Plan of(Rendered rendered, TypeCodecs codecs) {
        return new Plan(rendered, accessOf(rendered), codecs, 0);
    }

    /**
     * The plan of a query built per call, kept under its shape ({@link PlanCache}): every parameter takes its value
     * per run, by position, so the plan holds none of the first call's values and each call binds its own.
     */
    static Plan forShape(Rendered rendered, TypeCodecs codecs) {
        return new Plan(rendered, accessOf(rendered), codecs, rendered.parameterCount());
    }

    /**
     * How a statement must run, from what the dialect reported: a DSL query reads, a DSL write writes, hand-written
     * SQL goes by its leading keyword ({@link SqlKind}).
     */
    static Access accessOf(Rendered r) {
        if (!r.tablesKnown()) {
            return SqlKind.classify(r.sql());
        }
        return r.kind() == StatementKind.QUERY ? Access.READ : Access.WRITE;
    }

    /** Whether the statement surely writes rows (a DSL insert, update or delete), so read-only work refuses it. */
    boolean knownWrite() {
        return tablesKnown && (kind == StatementKind.INSERT || kind == StatementKind.UPDATE
                || kind == StatementKind.DELETE);
    }

    /**
     * A plan whose first {@code leading} parameters take their values per run, by position: the row values of an
     * insert template re-bound for each chunk or batch row. The template must have no placeholders.
     */
    static Plan withLeadingValues(Rendered rendered, TypeCodecs codecs, int leading) {
        Plan p = new Plan(rendered, Access.WRITE, codecs, leading);
        if (!p.placeholders.isEmpty()) {
            throw new MisuseException("an insert of many rows cannot also take placeholders");
        }
        return p;
    }

    /**
     * Binds the fixed values and {@code values} (one per placeholder, in {@link #placeholders} order). A value its
     * column cannot hold is an {@link InvalidValueException} naming the column, and the value only when
     * {@code showValues} (value logging is on).
     *
     * @return whether a bound value is one a cached statement must not keep ({@link LargeValues})
     */
    boolean bind(PreparedStatement ps, Object[] values, boolean showValues) throws SQLException {
        boolean large = false;
        for (int i = 0; i < slots.length; i++) {
            Object v = slots[i] < 0 ? fixed[i] : values[slots[i]];
            if (v == null) {
                codecs[i].bindNull(ps, i + 1, types[i]);
            } else {
                try {
                    codecs[i].bind(ps, i + 1, v, types[i]);
                } catch (RejectedValue r) {
                    throw r.forColumn(targets[i], showValues);
                }
                large |= sizable[i] && LargeValues.isLarge(v);
            }
        }
        return large;
    }

    /** Checks that {@code values} fit the placeholders: their count and each one's Java type. */
    void check(Object[] values) {
        if (values.length != placeholders.size()) {
            throw new MisuseException("the statement has " + placeholders.size() + " placeholder(s) "
                    + placeholders.stream().map(Placeholder::name).toList() + " but " + values.length
                    + " value(s) were given");
        }
        for (int i = 0; i < values.length; i++) {
            Placeholder<?> p = placeholders.get(i);
            if (values[i] != null && !p.type().javaType().isInstance(values[i])) {
                throw new MisuseException("placeholder '" + p.name() + "' takes a " + p.type()
                        + " (" + p.type().javaType().getName() + "), not a " + values[i].getClass().getName());
            }
        }
    }

    /** The bound values in SQL order, for the log. */
    List<Object> boundValues(Object[] values) {
        List<Object> out = new ArrayList<>(slots.length);
        for (int i = 0; i < slots.length; i++) {
            out.add(slots[i] < 0 ? fixed[i] : values[slots[i]]);
        }
        return out;
    }

    int parameterCount() {
        return slots.length;
    }
}
