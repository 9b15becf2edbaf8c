package dev.quarry.studio;

import dev.quarry.Quarry;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/**
 * A table of the code whose types introspection cannot read back on SQLite (an enum, a decimal's scale, a date, a
 * JSON document and a boolean, all stored there as text or numbers), created through Quarry's own DDL.
 */
final class CodeTypedTable {
    static final DataType<Mood> MOOD = DataType.enumOf(Mood.class);
    static final DataType<java.math.BigDecimal> PRICE = DataType.decimal(6, 2);

    static final TableDef DEF = TableDef.builder("studio_typed")
            .column("id", DataType.LONG)
            .column("mood", MOOD)
            .column("price", PRICE)
            .column("day", DataType.LOCAL_DATE)
            .nullableColumn("doc", DataType.JSON)
            .column("done", DataType.BOOLEAN)
            .primaryKey("id")
            .build();

    private CodeTypedTable() {
    }

    static void create(Quarry db) {
        for (String ddl : db.platform().ddl().createTable(DEF, true)) {
            db.sql(ddl).execute();
        }
    }
}
