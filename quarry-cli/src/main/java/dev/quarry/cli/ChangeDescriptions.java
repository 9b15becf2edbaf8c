package dev.quarry.cli;

import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.SchemaChange.AddColumn;
import dev.quarry.schema.SchemaChange.AddIndex;
import dev.quarry.schema.SchemaChange.AlterColumn;
import dev.quarry.schema.SchemaChange.DropColumn;
import dev.quarry.schema.SchemaChange.DropIndex;
import dev.quarry.schema.SchemaChange.RenameColumn;
import dev.quarry.schema.SchemaChange.RenameTable;

/** A schema change as one line a user reads: what it does to which table. */
final class ChangeDescriptions {
    private ChangeDescriptions() {
    }

    static String describe(SchemaChange c) {
        String table = "table '" + c.tableName() + "'";
        if (c instanceof AddColumn a) {
            return "add column '" + a.column().name() + "' to " + table;
        } else if (c instanceof DropColumn d) {
            return "drop column '" + d.column().name() + "' of " + table;
        } else if (c instanceof RenameColumn r) {
            return "rename column '" + r.from() + "' of " + table + " to '" + r.to() + "'";
        } else if (c instanceof AlterColumn a) {
            return "change column '" + a.to().name() + "' of " + table + " (" + a.from().type()
                    + (a.from().nullable() ? " NULL" : " NOT NULL") + " to " + a.to().type()
                    + (a.to().nullable() ? " NULL" : " NOT NULL") + ")";
        } else if (c instanceof AddIndex a) {
            return "add index '" + a.index().name() + "' on " + table;
        } else if (c instanceof DropIndex d) {
            return "drop index '" + d.index().name() + "' of " + table;
        } else if (c instanceof RenameTable r) {
            return "rename " + table + " to '" + r.newName() + "'";
        }
        // CreateTable -> "create table", AddForeignKey -> "add foreign key", RebuildTable -> "rebuild table"
        String words = c.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return words.endsWith(" table") ? words.substring(0, words.length() - 6) + " " + table : words + " on " + table;
    }
}
