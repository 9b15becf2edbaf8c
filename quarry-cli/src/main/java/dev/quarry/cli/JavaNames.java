package dev.quarry.cli;

import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Java names for database names: {@code user_session} is the record {@code UserSession}, column {@code AlbumId} the component {@code albumId}. */
final class JavaNames {
    /** Names a record component cannot have: the methods every record has (JLS 8.10.3). */
    private static final Set<String> RECORD_METHODS = Set.of("clone", "finalize", "getClass", "hashCode", "notify",
            "notifyAll", "toString", "wait");

    private JavaNames() {
    }

    /** {@code user_session} and {@code UserSession} give {@code UserSession}. */
    static String typeName(String table) {
        StringBuilder b = new StringBuilder();
        for (String part : table.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return valid(b.isEmpty() ? "Table" : b.toString(), "T");
    }

    /** {@code album_id} and {@code AlbumId} give {@code albumId}, {@code ID} gives {@code id}. */
    static String componentName(String column) {
        StringBuilder b = new StringBuilder();
        for (String part : column.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.equals(part.toUpperCase(Locale.ROOT))) {
                part = part.toLowerCase(Locale.ROOT); // ID, SKU: an acronym, not a word per letter
            }
            b.append(b.isEmpty() ? part.substring(0, 1).toLowerCase(Locale.ROOT)
                    : part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        String name = valid(b.isEmpty() ? "column" : b.toString(), "c");
        return RECORD_METHODS.contains(name) ? name + "_" : name;
    }

    private static String valid(String name, String prefix) {
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = prefix + name;
        }
        return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
    }
}
