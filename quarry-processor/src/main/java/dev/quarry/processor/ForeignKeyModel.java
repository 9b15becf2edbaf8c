package dev.quarry.processor;

import dev.quarry.annotation.ReferentialAction;
import javax.lang.model.element.AnnotationMirror;

/**
 * A foreign key from {@code @References} on one component.
 *
 * @param column     the pointing column
 * @param annotation the {@code @References} annotation, so errors point at it
 * @param name       the constraint's name (given or derived)
 * @param target     the referenced record as read from its annotations
 * @param refColumn  the referenced column named by {@code column}, or empty for the target's primary key
 * @param onDelete   what the database does when the referenced row is deleted
 */
record ForeignKeyModel(ColumnModel column, AnnotationMirror annotation, String name, ReferenceTarget target,
                       String refColumn, ReferentialAction onDelete) {

    /** The referenced column: the named one, or else the target's single primary-key column (null if none). */
    String resolvedRefColumn() {
        if (!refColumn.isEmpty()) {
            return refColumn;
        }
        return target.primaryKey().size() == 1 ? target.primaryKey().get(0) : null;
    }
}
