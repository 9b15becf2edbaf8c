package dev.quarry.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic;

/**
 * Reports compile errors through the {@link Messager}, always with the element (and where known the annotation)
 * at fault so that the compiler and the IDE point at the right line, and counts them so the processor can skip
 * generating a class for a record with errors.
 */
final class Problems {
    private final Messager messager;
    private int count;

    Problems(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error at {@code element}. */
    void error(Element element, String message) {
        error(element, null, message);
    }

    /** Reports an error at {@code annotation} on {@code element}, or at the element when annotation is null. */
    void error(Element element, AnnotationMirror annotation, String message) {
        count++;
        Element at = positioned(element);
        // A mirror belongs to its element; on a stand-in element, use the stand-in's mirror of the same type.
        AnnotationMirror on = annotation == null || at == element ? annotation : sameTypeOn(at, annotation);
        if (on == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, message, at);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, message, at, on);
        }
    }

    /** How many errors have been reported so far; compare before and after checking one record. */
    int count() {
        return count;
    }

    /**
     * The element to report at. javac (17 at least) finds no source position for a record component element and
     * prints the message without file or line; the record's private field of the same name is declared by the
     * same text in the record header, and has one.
     */
    private static Element positioned(Element element) {
        if (element.getKind() != ElementKind.RECORD_COMPONENT) {
            return element;
        }
        for (Element e : element.getEnclosingElement().getEnclosedElements()) {
            if (e.getKind() == ElementKind.FIELD && e.getSimpleName().equals(element.getSimpleName())) {
                return e;
            }
        }
        return element;
    }

    /** The annotation of the same type as {@code annotation} on {@code element}, or null. */
    private static AnnotationMirror sameTypeOn(Element element, AnnotationMirror annotation) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (m.getAnnotationType().toString().equals(annotation.getAnnotationType().toString())) {
                return m;
            }
        }
        return null;
    }
}
