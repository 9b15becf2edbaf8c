package dev.quarry.studio;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.error.UnsupportedFeatureException;
import dev.quarry.schema.ForeignKeyDef;
import dev.quarry.schema.TableDef;
import dev.quarry.spi.Introspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of the database as introspection reads them ({@code platform().introspector()}), typed by the code's
 * definitions where it has them ({@link CodeTypes}), with a {@link DynamicTable} per table. Read at start and again
 * by {@link #reload()} (the page's sidebar asks on each load), so a table made or changed meanwhile shows up. A
 * table without a primary key cannot be read into the model (introspection refuses it); it is listed with the
 * reason instead. Thread-safe: a reload swaps one immutable
 * snapshot.
 */
final class Catalog {
    /**
     * One snapshot: the browsable tables by name, the tables that cannot be browsed with the reason, how the code
     * typed each table, and the code's tables the database does not have.
     */
    private record Snapshot(Map<String, DynamicTable> tables, Map<String, String> refused,
                            Map<String, CodeTypes.Typed> typed, List<String> codeOnly) {
    }

    private final Quarry db;
    private final CodeTypes code;
    private volatile Snapshot snapshot;

    Catalog(Quarry db, CodeTypes code) {
        this.db = db;
        this.code = code;
        reload();
    }

    /** Reads every table again. */
    void reload() {
        Introspector introspector = db.platform().introspector();
        snapshot = db.withConnection(ConnectionAccess.READ, c -> {
            Map<String, DynamicTable> tables = new LinkedHashMap<>();
            Map<String, String> refused = new LinkedHashMap<>();
            Map<String, CodeTypes.Typed> typed = new LinkedHashMap<>();
            List<String> names = introspector.tableNames(c);
            for (String name : names) {
                try {
                    introspector.table(c, name).ifPresent(def -> {
                        CodeTypes.Typed t = code.apply(introspector, def);
                        typed.put(name, t);
                        tables.put(name, new DynamicTable(t.def(), null));
                    });
                } catch (UnsupportedFeatureException e) {
                    refused.put(name, e.getMessage());
                }
            }
            return new Snapshot(Map.copyOf(tables), Map.copyOf(refused), Map.copyOf(typed),
                    code.missingFrom(Set.copyOf(names)));
        });
    }

    /** Every table's name, browsable or not, sorted as introspection gives them. */
    List<String> names() {
        Snapshot s = snapshot;
        List<String> names = new ArrayList<>(s.tables().keySet());
        names.addAll(s.refused().keySet());
        names.sort(String::compareTo);
        return names;
    }

    /** Why {@code name} cannot be browsed, or empty when it can. */
    Optional<String> refusal(String name) {
        return Optional.ofNullable(snapshot.refused().get(name));
    }

    /**
     * The table named {@code name}.
     *
     * @throws BadRequestException for no such table, or one that cannot be browsed
     */
    DynamicTable table(String name) {
        Snapshot s = snapshot;
        DynamicTable t = s.tables().get(name);
        if (t == null) {
            String reason = s.refused().get(name);
            throw new BadRequestException(reason != null ? reason : "there is no table '" + name + "'");
        }
        return t;
    }

    /** The foreign keys of other tables (and of {@code name} itself) that reference {@code name}, by their table. */
    List<Map.Entry<String, ForeignKeyDef>> referencing(String name) {
        List<Map.Entry<String, ForeignKeyDef>> out = new ArrayList<>();
        for (DynamicTable t : snapshot.tables().values()) {
            for (ForeignKeyDef fk : t.def().foreignKeys()) {
                if (fk.refTable().equals(name)) {
                    out.add(Map.entry(t.name(), fk));
                }
            }
        }
        out.sort(Map.Entry.comparingByKey());
        return out;
    }

    /** How the code typed the table {@code name} (whether it describes it, where they differ). */
    CodeTypes.Typed typed(String name) {
        table(name);
        return snapshot.typed().get(name);
    }

    /** The code's tables that the database does not have. */
    List<String> codeOnly() {
        return snapshot.codeOnly();
    }

    /** The definition of {@code name}. */
    TableDef def(String name) {
        return table(name).def();
    }
}
