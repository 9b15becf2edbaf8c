package dev.quarry.schema;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks that tables created together do not reuse an index, foreign-key or check constraint name. Each database
 * scopes these names differently: SQLite and PostgreSQL want index (and unique constraint) names unique in the whole
 * schema, where they also may not equal a table's name; MariaDB wants foreign-key names unique in the whole database
 * but lets two tables reuse an index name; PostgreSQL wants a check's name distinct from the table's other
 * constraints, MySQL unique in the database. A schema that works on one database must work on the others, so the
 * strictest rule of the three is applied everywhere, before any statement runs: a check's name is unique among
 * tables, indexes, foreign keys and other checks. Names compare without case, as MariaDB and unquoted SQL do.
 * Stateless.
 */
public final class SchemaNames {
    private SchemaNames() {
    }

    /**
     * Checks {@code tables}' index and foreign-key names.
     *
     * @throws IllegalArgumentException naming the name and the two tables that use it
     */
    public static void requireUnique(Collection<TableDef> tables) {
        Map<String, String> owners = new HashMap<>();
        for (TableDef t : tables) {
            owners.put(key(t.name()), "is the name of table '" + t.name() + "'");
        }
        Map<String, String> foreignKeys = new HashMap<>();
        for (TableDef t : tables) {
            for (IndexDef index : t.indexes()) {
                claim(owners, index.name(), "index", t);
            }
            for (ForeignKeyDef fk : t.foreignKeys()) {
                claim(foreignKeys, fk.name(), "foreign key", t);
            }
        }
        for (TableDef t : tables) {
            for (CheckDef check : t.checks()) {
                if (foreignKeys.containsKey(key(check.name()))) {
                    claim(foreignKeys, check.name(), "check constraint", t);
                }
                claim(owners, check.name(), "check constraint", t);
            }
        }
    }

    private static void claim(Map<String, String> owners, String name, String what, TableDef table) {
        String previous = owners.putIfAbsent(key(name), "names " + what + " '" + name + "' of table '" + table.name()
                + "'");
        if (previous != null) {
            throw new IllegalArgumentException("the " + what + " name '" + name + "' of table '" + table.name()
                    + "' is taken: it already " + previous + ". SQLite and PostgreSQL need index names unique in"
                    + " the schema (and distinct from table names), MariaDB foreign-key names unique in the database;"
                    + " rename one (@Index(name = ...), @Unique(name = ...), @References(name = ...), or the"
                    + " check's name). Nothing was created.");
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
