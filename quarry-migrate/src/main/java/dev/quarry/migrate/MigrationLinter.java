package dev.quarry.migrate;

import dev.quarry.schema.ColumnDef;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.SchemaChange.AddCheck;
import dev.quarry.schema.SchemaChange.AddForeignKey;
import dev.quarry.schema.SchemaChange.AddIndex;
import dev.quarry.schema.SchemaChange.AlterColumn;
import dev.quarry.schema.SchemaChange.CreateTable;
import dev.quarry.schema.SchemaChange.RebuildTable;
import dev.quarry.schema.SqlType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the changes of a migration that can hurt in production, before it runs (as Atlas's {@code migrate lint},
 * squawk and strong_migrations do): changes that lose data, and changes that lock a table that already has rows for
 * as long as they take, each with the safer way to make it. A table the same migration creates is empty, so its
 * changes are not flagged. Stateless.
 *
 * <table>
 *   <caption>Rules</caption>
 *   <tr><th>rule</th><th>databases</th><th>why</th></tr>
 *   <tr><td>{@code destructive}</td><td>all</td><td>drops a table or a column, narrows a type, makes a column NOT
 *       NULL without a default</td></tr>
 *   <tr><td>{@code index-without-concurrently}</td><td>PostgreSQL</td><td>CREATE INDEX takes a SHARE lock: writes
 *       wait for the whole build</td></tr>
 *   <tr><td>{@code foreign-key-validates}</td><td>PostgreSQL</td><td>ADD FOREIGN KEY checks every row while holding
 *       a SHARE ROW EXCLUSIVE lock on both tables</td></tr>
 *   <tr><td>{@code check-validates}</td><td>PostgreSQL</td><td>ADD CHECK scans every row under ACCESS
 *       EXCLUSIVE</td></tr>
 *   <tr><td>{@code set-not-null-scans}</td><td>PostgreSQL</td><td>SET NOT NULL scans every row under ACCESS
 *       EXCLUSIVE</td></tr>
 *   <tr><td>{@code type-change-rewrites}</td><td>PostgreSQL, MariaDB</td><td>a type change other than a longer
 *       varchar or a wider decimal rewrites the table (PostgreSQL: under ACCESS EXCLUSIVE; MariaDB: ALGORITHM=COPY,
 *       writes blocked)</td></tr>
 *   <tr><td>{@code foreign-key-copies}</td><td>MariaDB</td><td>ADD FOREIGN KEY with foreign_key_checks on copies
 *       the table</td></tr>
 *   <tr><td>{@code check-copies}</td><td>MariaDB</td><td>ADD CHECK copies the table (ALGORITHM=INPLACE is
 *       refused)</td></tr>
 *   <tr><td>{@code table-rebuild}</td><td>SQLite</td><td>the rebuild rewrites the whole table while holding the
 *       write lock</td></tr>
 * </table>
 */
public final class MigrationLinter {
    private MigrationLinter() {
    }

    /**
     * One finding.
     *
     * @param rule        the rule's name (see the class comment)
     * @param table       the table it concerns
     * @param problem     what the change does
     * @param alternative the safer way to make it
     */
    public record Finding(String rule, String table, String problem, String alternative) {
        @Override
        public String toString() {
            return rule + " (" + table + "): " + problem + ". Instead: " + alternative;
        }
    }

    /** The findings of {@code script}, rendered for {@code database} ({@code db.dialectName()}), in step order. */
    public static List<Finding> lint(MigrationScript script, SchemaDiff diff, String database) {
        List<Finding> out = new ArrayList<>();
        Set<String> created = new HashSet<>();
        for (SchemaChange c : diff.changes()) {
            if (c instanceof CreateTable t) {
                created.add(t.table().name());
            }
        }
        for (SchemaDiff.Loss loss : diff.losses()) {
            out.add(new Finding("destructive", loss.table(), loss.description(), "expand and contract: stop reading and writing"
                    + " it in a deployed release first, copy what must be kept, then drop it in a later migration"));
        }
        for (MigrationScript.Step step : script.steps()) {
            SchemaChange c = step.change();
            if (created.contains(c.tableName()) || step.online()) {
                continue;
            }
            switch (database) {
                case "postgresql" -> postgres(c, out);
                case "mariadb" -> mariadb(c, out);
                case "sqlite" -> sqlite(c, out);
                default -> throw new IllegalArgumentException("no database named '" + database + "'");
            }
        }
        return out;
    }

    private static void postgres(SchemaChange c, List<Finding> out) {
        String t = c.tableName();
        if (c instanceof AddIndex a && !a.index().constraint()) {
            out.add(new Finding("index-without-concurrently", t, "CREATE INDEX " + a.index().name()
                    + " blocks writes to the table until the index is built",
                    "CREATE INDEX CONCURRENTLY in a migration of its own, outside a transaction"));
        } else if (c instanceof AddForeignKey f) {
            out.add(new Finding("foreign-key-validates", t, "ADD FOREIGN KEY " + f.foreignKey().name()
                    + " checks every row while writes to both tables wait",
                    "ADD CONSTRAINT ... NOT VALID, then VALIDATE CONSTRAINT in a later transaction (writes go on)"));
        } else if (c instanceof AddCheck k) {
            out.add(new Finding("check-validates", t, "ADD CHECK " + k.check().name()
                    + " scans every row under ACCESS EXCLUSIVE", "ADD CONSTRAINT ... NOT VALID, then VALIDATE"
                    + " CONSTRAINT in a later transaction"));
        } else if (c instanceof AlterColumn a) {
            if (a.typeChanged() && !postgresKeepsRows(a.from(), a.to())) {
                out.add(new Finding("type-change-rewrites", t, "changing " + a.to().name() + " from " + a.from().type()
                        + " to " + a.to().type() + " rewrites the table under ACCESS EXCLUSIVE",
                        "add a new column, fill it in batches, switch the code to it, drop the old one"));
            }
            if (a.nullabilityChanged() && !a.to().nullable()) {
                out.add(new Finding("set-not-null-scans", t, "SET NOT NULL on " + a.to().name()
                        + " scans every row under ACCESS EXCLUSIVE", "ADD CHECK (" + a.to().name() + " IS NOT NULL)"
                        + " NOT VALID, VALIDATE it, then SET NOT NULL (PostgreSQL 12+ uses the check and skips the"
                        + " scan)"));
            }
        }
    }

    private static void mariadb(SchemaChange c, List<Finding> out) {
        String t = c.tableName();
        if (c instanceof AlterColumn a && a.typeChanged() && !mariadbInPlace(a.from(), a.to())) {
            out.add(new Finding("type-change-rewrites", t, "changing " + a.to().name() + " from " + a.from().type()
                    + " to " + a.to().type() + " copies the table (ALGORITHM=COPY) and blocks writes",
                    "add a new column (instant), fill it in batches, switch the code to it, drop the old one"));
        } else if (c instanceof AddCheck k) {
            // ALGORITHM=INPLACE is refused for it (error 1845), checked on MariaDB 10.11
            out.add(new Finding("check-copies", t, "ADD CHECK " + k.check().name() + " copies the table"
                    + " (ALGORITHM=COPY) and blocks writes", "enforce the rule in the application first; add the"
                    + " check when the table is small or writes can pause"));
        } else if (c instanceof AddForeignKey f) {
            out.add(new Finding("foreign-key-copies", t, "ADD FOREIGN KEY " + f.foreignKey().name()
                    + " with foreign_key_checks on copies the table and blocks writes",
                    "check the rows first, then add it with SET foreign_key_checks = 0 in the same session"
                            + " (ALGORITHM=INPLACE)"));
        }
    }

    private static void sqlite(SchemaChange c, List<Finding> out) {
        if (c instanceof RebuildTable r) {
            out.add(new Finding("table-rebuild", r.tableName(), "the rebuild copies every row while holding the"
                    + " database's write lock: other writers wait for it", "run it when writes are few; it is SQLite's"
                    + " only way to make this change"));
        }
    }

    /** A longer varchar, varchar to text, or a decimal with more digits and the same scale keep PostgreSQL's rows. */
    private static boolean postgresKeepsRows(ColumnDef from, ColumnDef to) {
        if (from.type().kind() == SqlType.STRING && to.type().kind() == SqlType.STRING) {
            return to.type().length() == 0 || from.type().length() > 0 && to.type().length() >= from.type().length();
        }
        return from.type().kind() == SqlType.DECIMAL && to.type().kind() == SqlType.DECIMAL
                && to.type().scale() == from.type().scale() && to.type().precision() >= from.type().precision();
    }

    /**
     * A longer VARCHAR stays in place while its length prefix keeps its size (up to 255 bytes, or both above it):
     * https://mariadb.com/kb/en/innodb-online-ddl-operations-with-the-inplace-alter-algorithm/.
     */
    private static boolean mariadbInPlace(ColumnDef from, ColumnDef to) {
        if (from.type().kind() != SqlType.STRING || to.type().kind() != SqlType.STRING
                || from.type().length() == 0 || to.type().length() < from.type().length()) {
            return false;
        }
        int fromBytes = from.type().length() * 4; // utf8mb4
        int toBytes = to.type().length() * 4;
        return (fromBytes <= 255) == (toBytes <= 255);
    }
}
