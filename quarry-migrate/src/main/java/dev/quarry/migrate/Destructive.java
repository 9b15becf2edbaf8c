package dev.quarry.migrate;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.SchemaChange.AddColumn;
import dev.quarry.schema.SchemaChange.AlterColumn;
import dev.quarry.schema.SchemaChange.DropColumn;
import dev.quarry.schema.SchemaChange.DropTable;
import dev.quarry.schema.SqlType;
import java.util.Optional;

/** Which changes can lose data or fail on the rows already there, and why. Internal; stateless. */
final class Destructive {
    private Destructive() {
    }

    /**
     * Why {@code change} can lose data or fail on existing rows, or empty when it cannot. For an
     * {@link AlterColumn}, {@code target} is its new column as the database holds it (null: as declared).
     */
    static Optional<String> why(SchemaChange change, ColumnDef target) {
        if (change instanceof DropTable c) {
            return Optional.of("drops table '" + c.tableName() + "' and its rows");
        } else if (change instanceof DropColumn c) {
            return Optional.of("drops column '" + c.tableName() + "." + c.column().name() + "' and its values");
        } else if (change instanceof AddColumn c && !c.column().nullable() && !c.column().hasDefault()
                && !c.column().generated()) {
            return Optional.of("adds column '" + c.tableName() + "." + c.column().name() + "' NOT NULL without a"
                    + " default: it fails on a table with rows");
        } else if (change instanceof AlterColumn c) {
            String col = "'" + c.tableName() + "." + c.to().name() + "'";
            DataType<?> to = (target == null ? c.to() : target).type();
            if (!c.from().type().equals(to) && !widens(c.from().type(), to)) {
                return Optional.of("changes column " + col + " from " + c.from().type() + " to " + c.to().type()
                        + ", which may not hold every value");
            }
            if (c.nullabilityChanged() && !c.to().nullable() && !c.to().hasDefault()) {
                return Optional.of("makes column " + col + " NOT NULL without a default: it fails if a row holds"
                        + " NULL");
            }
        }
        return Optional.empty();
    }

    /** Whether every value of {@code from} is a value of {@code to}. */
    static boolean widens(DataType<?> from, DataType<?> to) {
        SqlType f = from.kind();
        SqlType t = to.kind();
        if (f == SqlType.NATIVE || t == SqlType.NATIVE) {
            return false;
        }
        return switch (f) {
            case SHORT -> t == SqlType.SHORT || t == SqlType.INT || t == SqlType.LONG;
            case INT -> t == SqlType.INT || t == SqlType.LONG;
            case FLOAT -> t == SqlType.FLOAT || t == SqlType.DOUBLE;
            case STRING -> t == SqlType.STRING && (to.length() <= 0 || from.length() > 0 && to.length() >= from.length());
            case DECIMAL -> t == SqlType.DECIMAL && to.scale() >= from.scale()
                    && to.precision() - to.scale() >= from.precision() - from.scale();
            default -> from.equals(to);
        };
    }
}
