package dev.quarry.processor;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Table;
import dev.quarry.schema.Identifiers;
import dev.quarry.schema.SqlType;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks a {@link TableModel} against the rules of the annotations and of {@link dev.quarry.schema.TableDef}, and
 * reports every problem it finds as a compile error at the element at fault. Each message says what is wrong and
 * what to do. Foreign keys and indexes are checked by {@link ConstraintValidator}.
 */
final class TableValidator {
    /** The generated class's own static field, which no component or singleton may shadow. */
    private static final String DEF = "DEF";

    private final Problems problems;

    TableValidator(Problems problems) {
        this.problems = problems;
    }

    /** Whether {@code element} is a record; reports an error when it is not. */
    boolean isRecord(Element element) {
        if (element.getKind() == ElementKind.RECORD) {
            return true;
        }
        String kind = element.getKind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        problems.error(element, AnnotationLookup.find(element, Table.class), "@Table applies only to records, but "
                + element.getSimpleName() + " is " + article(kind) + " " + kind + "; declare it as 'record "
                + element.getSimpleName() + "(...)' with one component per column");
        return false;
    }

    /** Checks {@code model}; returns whether it is free of errors. */
    boolean validate(TableModel model) {
        int before = problems.count();
        checkDeclaration(model);
        checkColumns(model);
        checkPrimaryKey(model);
        new ConstraintValidator(problems, model).check();
        if (problems.count() == before) {
            new DefinitionCheck(problems).check(model);
        }
        return problems.count() == before;
    }

    private void checkDeclaration(TableModel model) {
        TypeElement record = model.element();
        String name = record.getSimpleName().toString();
        // Records local to a method never reach a processor; nested ones do, and need only be visible.
        if (!visibleInPackage(record)) {
            problems.error(record, "@Table record " + name + " is private or nested in a private type; make it at "
                    + "least package-private so that the generated " + model.className() + " can see it");
        } else if (canonicalConstructorIsPrivate(record)) {
            // only for a visible record: a private record's implicit constructor is private too
            problems.error(record, "the canonical constructor of @Table record " + name + " is private, so the "
                    + "generated " + model.className() + " cannot build its rows; in Kotlin, kotlinc hides it when "
                    + "a property's type is a value class (@JvmInline): declare that property with the value's "
                    + "own type");
        }
        if (!record.getTypeParameters().isEmpty()) {
            problems.error(record, "@Table record " + name + " has type parameters; a column needs a concrete type, "
                    + "so remove them");
        }
        checkIdentifier(problems, record, "table", model.tableName(), "@Table(\"...\")");
        if (model.constantName().equals(DEF)) {
            problems.error(record, "record " + name + " would get the singleton " + model.className() + ".DEF, "
                    + "which is taken by the table definition; rename the record");
        }
    }

    /**
     * Java requires a record's canonical constructor to be as visible as the record, so only a class file from
     * another compiler can break this: kotlinc makes it private (and adds a public one with a marker parameter) when
     * a {@code @JvmRecord} property has a value-class type.
     */
    private static boolean canonicalConstructorIsPrivate(TypeElement record) {
        List<String> components = record.getRecordComponents().stream().map(c -> c.asType().toString()).toList();
        return ElementFilter.constructorsIn(record.getEnclosedElements()).stream()
                .filter(c -> c.getParameters().stream().map(p -> p.asType().toString()).toList().equals(components))
                .anyMatch(c -> c.getModifiers().contains(Modifier.PRIVATE));
    }

    private void checkColumns(TableModel model) {
        Map<String, ColumnModel> byName = new HashMap<>();
        for (ColumnModel c : model.columns()) {
            checkType(c);
            checkIdentifier(problems, c.element(), "column", c.name(), "@Column(name = \"...\")");
            ColumnModel earlier = byName.putIfAbsent(c.name(), c);
            if (earlier != null) {
                problems.error(c.element(), "components '" + earlier.field() + "' and '" + c.field()
                        + "' both map to column '" + c.name() + "' of table '" + model.tableName()
                        + "'; give one of them another name with @Column(name = \"...\")");
            }
            if (c.field().equals(DEF) || c.field().equals(model.constantName())) {
                problems.error(c.element(), "component '" + c.field() + "' clashes with the static field "
                        + model.className() + "." + c.field() + " that Quarry generates; rename the component");
            }
        }
    }

    private void checkType(ColumnModel c) {
        ColumnType type = c.type();
        String javaType = ColumnTypes.describe(c.element().asType());
        if (type == null) {
            problems.error(c.element(), "component '" + c.field() + "' has type " + javaType + ", which Quarry "
                    + "cannot store in a column; use one of " + ColumnTypes.SUPPORTED_LIST);
            return;
        }
        if (type.primitive() && c.nullable()) {
            problems.error(c.element(), inElement(c), "component '" + c.field() + "' is a primitive " + javaType
                    + " and cannot hold NULL, but it is marked @Nullable; use " + type.boxed().nestedName()
                    + " to allow NULL, or remove @Nullable");
        }
        checkSizes(c, javaType);
    }

    /** {@code @Column} sizes apply to one kind each; a size on another kind is a mistake, not a no-op. */
    private void checkSizes(ColumnModel c, String javaType) {
        Column column = c.element().getAnnotation(Column.class);
        if (column == null) {
            return;
        }
        AnnotationMirror mirror = AnnotationLookup.find(c.element(), Column.class);
        SqlType kind = c.type().kind();
        if (column.length() != 0 && kind != SqlType.STRING) {
            problems.error(c.element(), mirror, "@Column(length = " + column.length() + ") applies only to String "
                    + "components, but '" + c.field() + "' is " + javaType + "; remove length");
        } else if ((column.precision() != 0 || column.scale() != -1) && kind != SqlType.DECIMAL) {
            problems.error(c.element(), mirror, "@Column(precision, scale) applies only to BigDecimal components, "
                    + "but '" + c.field() + "' is " + javaType + "; remove precision and scale");
        } else if (kind == SqlType.STRING || kind == SqlType.DECIMAL) {
            try {
                DefinitionCheck.dataType(c.type());
            } catch (IllegalArgumentException e) {
                problems.error(c.element(), mirror, "@Column on '" + c.field() + "' has an invalid size: "
                        + e.getMessage() + "; fix the length, precision or scale");
            }
        }
    }

    private void checkPrimaryKey(TableModel model) {
        List<String> key = model.primaryKey();
        if (key.isEmpty()) {
            problems.error(model.element(), "table '" + model.tableName() + "' (record "
                    + model.element().getSimpleName() + ") has no primary key; mark its key component with @Id, "
                    + "or several components for a composite key");
        }
        for (ColumnModel c : model.columns()) {
            AnnotationMirror id = AnnotationLookup.find(c.element(), Id.class);
            if (c.key() && c.nullable()) {
                problems.error(c.element(), inElement(c), "component '" + c.field() + "' is part of the primary "
                        + "key, which cannot be NULL; remove @Nullable");
            }
            if (!c.generated()) {
                continue;
            }
            if (c.type() != null && c.type().kind() != SqlType.INT && c.type().kind() != SqlType.LONG) {
                problems.error(c.element(), id, "@Id(generated = true) needs an int or long component, but '"
                        + c.field() + "' is " + ColumnTypes.describe(c.element().asType())
                        + "; make the key an int or long, or remove generated = true");
            }
            if (key.size() > 1) {
                problems.error(c.element(), id, "@Id(generated = true) needs a single-column primary key, but table '"
                        + model.tableName() + "' has the composite key (" + String.join(", ", key)
                        + "); remove generated = true");
            }
        }
    }

    /** Reports an invalid name with the check's own message and the annotation that sets a valid one. */
    static void checkIdentifier(Problems problems, Element element, String what, String name, String fix) {
        try {
            Identifiers.check(what, name);
        } catch (IllegalArgumentException e) {
            problems.error(element, e.getMessage() + "; set a valid name with " + fix);
        }
    }

    /** The {@code @Nullable} mirror when it sits on the component itself (not on its type), for positioning. */
    private static AnnotationMirror inElement(ColumnModel c) {
        return c.element().getAnnotationMirrors().contains(c.nullableMark()) ? c.nullableMark() : null;
    }

    private static boolean visibleInPackage(TypeElement record) {
        for (Element e = record; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
        }
        return true;
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
