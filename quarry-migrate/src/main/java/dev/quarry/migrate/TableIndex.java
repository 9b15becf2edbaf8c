package dev.quarry.migrate;

import dev.quarry.query.Table;
import dev.quarry.schema.TableDef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The code's schema as the annotation processor listed it: every table generated from a {@code @Table} record on a
 * class loader, and the renames its {@link dev.quarry.annotation.RenamedFrom} annotations declare. Found without
 * scanning the class path: the processor writes an index, {@value #RESOURCE}, into each compilation's classes,
 * and {@link #load} reads every copy {@link ClassLoader#getResources} finds (one per jar or directory). Immutable.
 *
 * <pre>{@code
 * TableIndex code = TableIndex.load(Thread.currentThread().getContextClassLoader());
 * MigrationFiles.generate(Path.of("migrations"), "add email", code.tables(), code.renames(), DataLoss.REFUSE);
 * }</pre>
 *
 * @param tables  the tables, sorted by name
 * @param renames the renames the code declares
 * @param sources where the indexes were found, in class loader order
 */
public record TableIndex(List<TableDef> tables, Renames renames, List<URL> sources) {
    /** Where the processor writes the index in a compilation's class output. */
    public static final String RESOURCE = "META-INF/quarry/tables";

    public TableIndex {
        tables = SchemaSnapshot.of(tables).tables(); // sorted, and refuses two tables of one name
        Objects.requireNonNull(renames, "renames");
        sources = List.copyOf(sources);
    }

    /**
     * Every table the indexes on {@code loader} list, each read from its generated class's instance
     * ({@code Table.def()}); loading a class runs its static initialiser and nothing else.
     *
     * @throws IllegalArgumentException if an index names a class or field that {@code loader} does not have (a stale
     *                                  index: rebuild), a line is not in the index's format, two classes declare one
     *                                  table, or a rename is invalid
     * @throws UncheckedIOException     if an index cannot be read
     */
    public static TableIndex load(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        Map<String, TableDef> tables = new LinkedHashMap<>();
        Renames.Builder renames = Renames.builder();
        List<URL> sources;
        try {
            sources = Collections.list(loader.getResources(RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + RESOURCE + " on the class path", e);
        }
        for (URL url : sources) {
            List<String> lines = read(url);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String where = url + " line " + (i + 1);
                String[] f = line.split("\t");
                try {
                    switch (f[0] + "/" + f.length) {
                        case "table/3" -> add(tables, table(loader, f[1], f[2]), f[1]);
                        case "renamed-table/3" -> renames.table(f[1], f[2]);
                        case "renamed-column/4" -> renames.column(f[1], f[2], f[3]);
                        default -> throw new IllegalArgumentException("'" + line + "' is not an entry of a Quarry"
                                + " table index");
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
            }
        }
        return new TableIndex(new ArrayList<>(tables.values()), renames.build(), sources);
    }

    private static void add(Map<String, TableDef> tables, TableDef def, String className) {
        if (tables.putIfAbsent(def.name(), def) != null) {
            throw new IllegalArgumentException(className + " declares table '" + def.name() + "', which another class"
                    + " on the class path declares too");
        }
    }

    private static TableDef table(ClassLoader loader, String className, String fieldName) {
        try {
            Class<?> type = Class.forName(className, true, loader);
            Field field = type.getDeclaredField(fieldName);
            if (!Modifier.isStatic(field.getModifiers()) || !Table.class.isAssignableFrom(field.getType())) {
                throw new IllegalArgumentException(className + "." + fieldName + " is not a static table instance");
            }
            // A record that is not public gets a package-private table class: its instance is read all the same.
            field.setAccessible(true);
            return ((Table<?>) field.get(null)).def();
        } catch (ClassNotFoundException | NoSuchFieldException e) {
            throw new IllegalArgumentException("the index names " + className + "." + fieldName + ", which is not on"
                    + " the class path: the index is stale or its classes are missing; rebuild the project", e);
        } catch (IllegalAccessException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae) {
                throw iae;
            }
            throw new IllegalArgumentException("cannot read " + className + "." + fieldName + ": " + e, e);
        }
    }

    private static List<String> read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + url, e);
        }
    }
}
