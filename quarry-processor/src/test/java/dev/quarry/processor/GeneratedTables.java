package dev.quarry.processor;

import dev.quarry.query.Table;
import dev.quarry.schema.TableDef;

/**
 * Reads what a compilation produced: the {@code DEF} and singleton of a generated table class, loaded in the
 * compilation's own class loader. Reflection is the only way in, because these classes did not exist when the
 * tests were compiled.
 */
final class GeneratedTables {
    private final ClassLoader loader;

    GeneratedTables(ClassLoader loader) {
        this.loader = loader;
    }

    /** The generated class named {@code qualifiedName}. */
    Class<?> type(String qualifiedName) {
        try {
            return Class.forName(qualifiedName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(qualifiedName + " was not generated", e);
        }
    }

    /** The {@code DEF} of the generated class. */
    TableDef def(String qualifiedName) {
        return (TableDef) staticField(qualifiedName, "DEF");
    }

    /** The singleton {@code constant} of the generated class. */
    @SuppressWarnings("unchecked")
    Table<Object> table(String qualifiedName, String constant) {
        return (Table<Object>) staticField(qualifiedName, constant);
    }

    private Object staticField(String qualifiedName, String name) {
        try {
            java.lang.reflect.Field field = type(qualifiedName).getField(name);
            field.setAccessible(true); // a package-private record gets a package-private table class
            return field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(qualifiedName + " has no public static " + name, e);
        }
    }
}
