package dev.quarry.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * A type as generated source names it: its package and its name inside the package ({@code Order.Status} for a
 * nested type). Primitives and arrays have an empty package and are written as they are ({@code byte[]}).
 *
 * @param packageName the package, empty for primitives and arrays
 * @param nestedName  the simple names from the top-level type down, joined by dots
 */
record TypeRef(String packageName, String nestedName) {

    /** The reference to a class known to the processor, such as {@code dev.quarry.schema.DataType}. */
    static TypeRef of(Class<?> type) {
        if (type.isPrimitive() || type.isArray()) {
            return new TypeRef("", type.getCanonicalName());
        }
        String pkg = type.getPackageName();
        return new TypeRef(pkg, type.getCanonicalName().substring(pkg.length() + 1));
    }

    /** The reference to a declared type of the code being compiled. */
    static TypeRef of(TypeElement type) {
        StringBuilder nested = new StringBuilder(type.getSimpleName());
        Element e = type.getEnclosingElement();
        while (e.getKind() != ElementKind.PACKAGE) {
            nested.insert(0, e.getSimpleName() + ".");
            e = e.getEnclosingElement();
        }
        return new TypeRef(((PackageElement) e).getQualifiedName().toString(), nested.toString());
    }

    /** The simple name of the top-level type, which an import brings into scope. */
    String topLevelName() {
        int dot = nestedName.indexOf('.');
        return dot < 0 ? nestedName : nestedName.substring(0, dot);
    }

    /** The fully qualified name of the top-level type. */
    String topLevelQualifiedName() {
        return packageName.isEmpty() ? topLevelName() : packageName + "." + topLevelName();
    }

    /** The fully qualified (canonical) name. */
    String qualifiedName() {
        return packageName.isEmpty() ? nestedName : packageName + "." + nestedName;
    }
}
