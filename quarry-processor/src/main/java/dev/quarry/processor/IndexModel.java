package dev.quarry.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * An index or unique constraint, from {@code @Unique} or {@code @Index} on a component or {@code @Index} on the
 * record.
 *
 * @param element    the annotated component or record, where errors point
 * @param annotation the annotation it came from, so errors point at it
 * @param name       the index's name (given or derived)
 * @param columns    the indexed column names
 * @param unique     whether values must be unique
 */
record IndexModel(Element element, AnnotationMirror annotation, String name, List<String> columns, boolean unique) {
    IndexModel {
        columns = List.copyOf(columns);
    }
}
