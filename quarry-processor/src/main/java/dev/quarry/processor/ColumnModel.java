package dev.quarry.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.RecordComponentElement;

/**
 * One record component as a column, as read from its annotations, before validation.
 *
 * @param element      the component, where errors point
 * @param field        the component's name, also the generated column field's name
 * @param name         the column's name in the database
 * @param type         how it is stored, or null when its Java type is not supported
 * @param nullableMark the {@code @Nullable} annotation found, or null when the column is NOT NULL
 * @param defaultValue the {@code @Default} text, or null
 * @param key          whether the component carries {@code @Id}
 * @param generated    whether it carries {@code @Id(generated = true)}
 */
record ColumnModel(RecordComponentElement element, String field, String name, ColumnType type,
                   AnnotationMirror nullableMark, String defaultValue, boolean key, boolean generated) {

    /** Whether the column accepts NULL. */
    boolean nullable() {
        return nullableMark != null;
    }
}
