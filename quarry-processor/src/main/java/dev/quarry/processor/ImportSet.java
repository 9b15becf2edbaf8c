package dev.quarry.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Decides how generated source names each type: by its simple name (importing it when needed) or, when that
 * simple name already means another type in the file, by its qualified name. A user's record may be called
 * {@code Row} or {@code Column}; the first type to claim a simple name keeps it, so the writer claims the record
 * first. Not thread-safe; one per generated file.
 */
final class ImportSet {
    private final String packageName;
    private final Predicate<String> packageHasType;
    private final Map<String, String> claimed = new HashMap<>();
    private final SortedSet<String> imports = new TreeSet<>();

    /**
     * @param packageName    the generated file's package
     * @param packageHasType whether that package holds a type of the given simple name (which hides
     *                       {@code java.lang}'s type of that name)
     * @param className      the generated class's simple name, claimed from the start
     */
    ImportSet(String packageName, Predicate<String> packageHasType, String className) {
        this.packageName = packageName;
        this.packageHasType = packageHasType;
        claimed.put(className, qualified(packageName, className));
    }

    /** How the source names {@code type}, importing it if that is needed and possible. */
    String ref(TypeRef type) {
        String simple = type.topLevelName();
        String qualified = type.topLevelQualifiedName();
        String owner = claimed.get(simple);
        if (owner != null) {
            return owner.equals(qualified) ? type.nestedName() : type.qualifiedName();
        }
        // Primitives, arrays and the unnamed package's types (only visible from the unnamed package) need no import.
        boolean inScope = type.packageName().isEmpty() || type.packageName().equals(packageName)
                || type.packageName().equals("java.lang") && !packageHasType.test(simple);
        if (!inScope) {
            imports.add(qualified);
        }
        claimed.put(simple, qualified);
        return type.nestedName();
    }

    /** The import declarations needed so far, sorted. */
    SortedSet<String> imports() {
        return new TreeSet<>(imports);
    }

    private static String qualified(String pkg, String simple) {
        return pkg.isEmpty() ? simple : pkg + "." + simple;
    }
}
