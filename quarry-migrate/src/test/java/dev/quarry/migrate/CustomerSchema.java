package dev.quarry.migrate;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.util.List;

/** The two tables the migration-file tests evolve: customers, and orders that cascade from them. */
final class CustomerSchema {
    private CustomerSchema() {
    }

    /** The customer table with a NOT NULL or nullable name, with or without an email column (default 'none'). */
    static TableDef customer(boolean nullableName, boolean email) {
        TableDef.Builder b = TableDef.builder("mr_customer").column("id", DataType.LONG);
        if (nullableName) {
            b.nullableColumn("name", DataType.string(40));
        } else {
            b.column("name", DataType.string(40));
        }
        if (email) {
            b.column(new ColumnDef("email", DataType.string(80), false, "none", false));
        }
        return b.primaryKey("id").build();
    }

    static final TableDef ORDER = TableDef.builder("mr_order")
            .column("id", DataType.LONG)
            .column("customer_id", DataType.LONG)
            .primaryKey("id")
            .foreignKey("mr_order_customer_fk", List.of("customer_id"), "mr_customer", List.of("id"),
                    ReferentialAction.CASCADE)
            .build();
}
