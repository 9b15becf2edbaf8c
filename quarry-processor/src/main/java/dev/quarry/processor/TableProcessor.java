package dev.quarry.processor;

import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Generates a {@code <Record>Table} class for every record annotated with {@link Table}: its
 * {@link dev.quarry.schema.TableDef}, one typed column per component, and a row mapper without reflection. A
 * record with errors gets compile errors pointing at the component at fault, and no class.
 *
 * <p>How it works: each record is read into a {@link TableModel}, checked by {@link TableValidator}, and written by
 * {@link TableSourceWriter}. A record whose component or {@code @References} type does not resolve yet (another
 * processor may generate it) is retried next round; in the last round it gets an error instead. Each generated
 * file has its record as its only originating element and depends only on what that record's declaration
 * reaches. The index of the generated tables ({@link TableIndexWriter}) lists them all, which makes the processor
 * "aggregating" for incremental builds. Records are processed sorted by name and the output depends only on the
 * model, so the same sources always give the same files.
 */
@SupportedAnnotationTypes("dev.quarry.annotation.Table")
public final class TableProcessor extends AbstractProcessor {
    /** Qualified names of records retried next round because a type did not resolve. */
    private final Set<String> deferred = new TreeSet<>();
    /** The tables generated so far, written to the class output in the last round. */
    private final TableIndexWriter index = new TableIndexWriter();
    private TypeElement lastRecord;

    /** Creates the processor; the compiler finds it through {@code META-INF/services}. */
    public TableProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Problems problems = new Problems(processingEnv.getMessager());
        TableValidator validator = new TableValidator(problems);
        for (TypeElement record : recordsOf(round, validator)) {
            List<String> unresolved = unresolvedTypes(record);
            if (unresolved.isEmpty()) {
                generate(record, problems, validator);
            } else if (round.processingOver()) {
                problems.error(record, "Quarry cannot generate " + NamingRules.className(record) + ": "
                        + String.join(", ", unresolved) + (unresolved.size() == 1 ? " does" : " do")
                        + " not resolve to a type; fix that first");
            } else {
                deferred.add(record.getQualifiedName().toString());
            }
        }
        if (round.processingOver() && lastRecord != null) {
            index.write(processingEnv.getFiler(), problems, lastRecord);
        }
        return false; // other processors may read @Table too
    }

    /** This round's records and those deferred from the last round, sorted by name, once each. */
    private List<TypeElement> recordsOf(RoundEnvironment round, TableValidator validator) {
        Elements elements = processingEnv.getElementUtils();
        Set<TypeElement> records = new LinkedHashSet<>();
        deferred.forEach(name -> records.add(elements.getTypeElement(name)));
        deferred.clear();
        for (Element e : round.getElementsAnnotatedWith(Table.class)) {
            if (validator.isRecord(e)) {
                records.add((TypeElement) e);
            }
        }
        records.remove(null);
        return records.stream()
                .sorted(Comparator.comparing(r -> r.getQualifiedName().toString()))
                .toList();
    }

    private void generate(TypeElement record, Problems problems, TableValidator validator) {
        TableModel model = TableReader.read(record);
        if (!validator.validate(model)) {
            return;
        }
        Elements elements = processingEnv.getElementUtils();
        String pkg = model.record().packageName();
        TableSourceWriter writer = new TableSourceWriter(model,
                simple -> elements.getTypeElement(pkg.isEmpty() ? simple : pkg + "." + simple) != null,
                elements.getTypeElement("javax.annotation.processing.Generated") != null);
        try (Writer out = processingEnv.getFiler().createSourceFile(model.qualifiedClassName(), record)
                .openWriter()) {
            out.write(writer.write());
            index.add(model, problems);
            lastRecord = record;
        } catch (IOException e) {
            problems.error(record, "Quarry cannot write " + model.qualifiedClassName() + ": " + e.getMessage()
                    + "; if a class of that name exists in your sources, remove it or rename the record");
        }
    }

    /** The components and {@code @References} targets of {@code record} whose types do not resolve (yet). */
    private static List<String> unresolvedTypes(TypeElement record) {
        List<String> unresolved = new ArrayList<>();
        for (RecordComponentElement c : record.getRecordComponents()) {
            if (isError(c.asType())) {
                unresolved.add("the type of '" + c.getSimpleName() + "' (" + c.asType() + ")");
            }
            References references = c.getAnnotation(References.class);
            if (references != null && isError(TableReader.targetType(references))) {
                unresolved.add("the @References target of '" + c.getSimpleName() + "' ("
                        + TableReader.targetType(references) + ")");
            }
        }
        return unresolved;
    }

    private static boolean isError(TypeMirror type) {
        TypeMirror t = type.getKind() == TypeKind.ARRAY ? ((ArrayType) type).getComponentType() : type;
        return t.getKind() == TypeKind.ERROR;
    }
}
