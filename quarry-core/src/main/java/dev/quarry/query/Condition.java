package dev.quarry.query;

import dev.quarry.schema.DataType;
import java.util.ArrayList;
import java.util.List;

/** A boolean expression for WHERE, ON, HAVING and CASE. Immutable. */
public sealed interface Condition extends Expression<Boolean>
        permits Comparison, Between, InList, InSubquery, Like, IsNull, And, Or, Not, Exists {

    @Override
    default DataType<Boolean> type() {
        return DataType.BOOLEAN;
    }

    /** {@code this AND other}. */
    default Condition and(Condition other) {
        List<Condition> parts = new ArrayList<>();
        if (this instanceof And a) {
            parts.addAll(a.conditions());
        } else {
            parts.add(this);
        }
        parts.add(other);
        return new And(parts);
    }

    /** {@code this OR other}. */
    default Condition or(Condition other) {
        List<Condition> parts = new ArrayList<>();
        if (this instanceof Or o) {
            parts.addAll(o.conditions());
        } else {
            parts.add(this);
        }
        parts.add(other);
        return new Or(parts);
    }

    /** {@code NOT this}. */
    default Condition not() {
        return new Not(this);
    }
}
