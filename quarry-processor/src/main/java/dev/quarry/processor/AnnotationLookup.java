package dev.quarry.processor;

import java.lang.annotation.Annotation;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds the mirror of an annotation on an element, which {@code Messager} needs to point an error at the
 * annotation itself rather than at the whole declaration.
 */
final class AnnotationLookup {
    private AnnotationLookup() {
    }

    /** The mirror of {@code type} directly on {@code element}, or null. */
    static AnnotationMirror find(Element element, Class<? extends Annotation> type) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            TypeElement t = (TypeElement) m.getAnnotationType().asElement();
            if (t.getQualifiedName().contentEquals(type.getCanonicalName())) {
                return m;
            }
        }
        return null;
    }

    /** The first of {@code mirrors} whose type's simple name is {@code simpleName}, or null. */
    static AnnotationMirror findBySimpleName(Iterable<? extends AnnotationMirror> mirrors, String simpleName) {
        for (AnnotationMirror m : mirrors) {
            if (m.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return m;
            }
        }
        return null;
    }
}
