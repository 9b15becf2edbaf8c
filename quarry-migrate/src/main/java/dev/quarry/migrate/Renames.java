package dev.quarry.migrate;

import dev.quarry.schema.Identifiers;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The renames a schema change makes: which table and which column had which name before. A diff never guesses a
 * rename (a dropped column and an added one of the same type may be two unrelated columns): without an entry here,
 * a changed name is a drop and an add. Immutable.
 *
 * <pre>{@code
 * Renames renames = Renames.builder()
 *         .table("customer", "client")            // table customer was called client
 *         .column("customer", "email", "mail")   // its column email was called mail
 *         .build();
 * }</pre>
 */
public final class Renames {
    private static final Renames NONE = new Renames(Map.of(), Map.of());

    private final Map<String, String> tables;
    private final Map<String, Map<String, String>> columns;

    private Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
        this.tables = Map.copyOf(tables);
        Map<String, Map<String, String>> copy = new HashMap<>();
        columns.forEach((t, m) -> copy.put(t, Map.copyOf(m)));
        this.columns = Map.copyOf(copy);
    }

    /** No renames. */
    public static Renames none() {
        return NONE;
    }

    /** A builder of renames. */
    public static Builder builder() {
        return new Builder();
    }

    /** The name table {@code table} had before, if it was renamed. */
    public Optional<String> tableFrom(String table) {
        return Optional.ofNullable(tables.get(table));
    }

    /**
     * The name column {@code column} of table {@code table} (by its new name) had before, if it was renamed.
     */
    public Optional<String> columnFrom(String table, String column) {
        return Optional.ofNullable(columns.getOrDefault(table, Map.of()).get(column));
    }

    /** The renames the other way: what a down migration undoes. */
    public Renames inverse() {
        Map<String, String> t = new HashMap<>();
        tables.forEach((now, before) -> t.put(before, now));
        Map<String, Map<String, String>> c = new HashMap<>();
        columns.forEach((table, m) -> {
            Map<String, String> inv = new HashMap<>();
            m.forEach((now, before) -> inv.put(before, now));
            c.put(tables.getOrDefault(table, table), inv);
        });
        return new Renames(t, c);
    }

    @Override
    public String toString() {
        return "Renames[tables=" + tables + ", columns=" + columns + "]";
    }

    /** Collects renames; each new name may have one old name. */
    public static final class Builder {
        private final Map<String, String> tables = new HashMap<>();
        private final Map<String, Map<String, String>> columns = new HashMap<>();

        private Builder() {
        }

        /**
         * Table {@code table} was named {@code formerly}.
         *
         * @throws IllegalArgumentException if a name is invalid, the same, or {@code table} already has a rename
         */
        public Builder table(String table, String formerly) {
            put(tables, Identifiers.check("table", table), Identifiers.check("table", formerly),
                    "table '" + table + "'");
            return this;
        }

        /**
         * Column {@code column} of table {@code table} (both by their new names) was named {@code formerly}.
         *
         * @throws IllegalArgumentException if a name is invalid, the same, or the column already has a rename
         */
        public Builder column(String table, String column, String formerly) {
            Identifiers.check("table", table);
            put(columns.computeIfAbsent(table, k -> new HashMap<>()), Identifiers.check("column", column),
                    Identifiers.check("column", formerly), "column '" + table + "." + column + "'");
            return this;
        }

        private static void put(Map<String, String> map, String now, String before, String label) {
            if (now.equals(before)) {
                throw new IllegalArgumentException(label + " is renamed to its own name");
            }
            String old = map.putIfAbsent(now, before);
            if (old != null) {
                throw new IllegalArgumentException(label + " already has a rename (from '" + old + "')");
            }
        }

        public Renames build() {
            return new Renames(tables, columns);
        }
    }
}
