package dev.quarry.migrate;

import dev.quarry.schema.TableDef;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A database's schema at one moment, as Quarry's schema model: its tables sorted by name. Made by
 * {@link SchemaIntrospection#snapshot} from a live database; later also stored beside the migrations, so that a
 * migration can be generated without a database. Immutable.
 *
 * @param tables the tables, sorted by name (as {@link String#compareTo} orders them)
 */
public record SchemaSnapshot(List<TableDef> tables) {
    public SchemaSnapshot {
        tables = tables.stream().sorted(Comparator.comparing(TableDef::name)).toList();
        for (int i = 1; i < tables.size(); i++) {
            if (tables.get(i).name().equals(tables.get(i - 1).name())) {
                throw new IllegalArgumentException("two tables named '" + tables.get(i).name() + "'");
            }
        }
    }

    /** A snapshot of {@code tables}, in any order. */
    public static SchemaSnapshot of(Collection<TableDef> tables) {
        return new SchemaSnapshot(List.copyOf(tables));
    }

    /** The tables' names, sorted. */
    public List<String> tableNames() {
        return tables.stream().map(TableDef::name).toList();
    }

    /** The table named exactly {@code name} (case counts), or empty when the snapshot has none. */
    public Optional<TableDef> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
