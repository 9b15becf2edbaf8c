package dev.quarry.processor;

import dev.quarry.annotation.RenamedFrom;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/**
 * Collects the tables one compilation generated and writes them, at its end, to {@code META-INF/quarry/tables} in
 * the class output, so that tools (the {@code quarry} command, {@code dev.quarry.migrate.TableIndex}) find the
 * code's schema with {@code ClassLoader.getResources} instead of scanning the class path. It also records the
 * {@link RenamedFrom} names, which only this index carries to the migrations.
 *
 * <p>The format, one entry a line, fields separated by a tab, lines starting with {@code #} ignored:
 * <pre>
 * table          &lt;generated class, binary name&gt;  &lt;its static instance field&gt;
 * renamed-table  &lt;table&gt;  &lt;old name&gt;
 * renamed-column &lt;table&gt;  &lt;column&gt;  &lt;old name&gt;
 * </pre>
 * Entries are sorted, so the same sources always give the same file. The index lists what this compilation
 * generated: an incremental build that recompiles only some records would lose the others, which is why the
 * processor is declared "aggregating" to Gradle.
 */
final class TableIndexWriter {
    /** Where the index goes in the class output. */
    static final String RESOURCE = "META-INF/quarry/tables";

    private final List<String> lines = new ArrayList<>();

    /** Records {@code model}, generated without errors; reports an invalid {@link RenamedFrom} to {@code problems}. */
    void add(TableModel model, Problems problems) {
        lines.add("table\t" + model.qualifiedClassName() + "\t" + model.constantName());
        String table = model.tableName();
        String formerTable = renamedFrom(model.element(), table, problems);
        if (formerTable != null) {
            lines.add("renamed-table\t" + table + "\t" + formerTable);
        }
        for (ColumnModel c : model.columns()) {
            String former = renamedFrom(c.element(), c.name(), problems);
            if (former != null) {
                lines.add("renamed-column\t" + table + "\t" + c.name() + "\t" + former);
            }
        }
    }

    /** Writes the index when a table was generated; a compilation without tables writes none. */
    void write(Filer filer, Problems problems, Element anyRecord) {
        if (lines.isEmpty()) {
            return;
        }
        List<String> sorted = lines.stream().sorted().toList();
        try (Writer out = new java.io.OutputStreamWriter(
                filer.createResource(StandardLocation.CLASS_OUTPUT, "", RESOURCE).openOutputStream(),
                StandardCharsets.UTF_8)) {
            out.write("# Quarry table index: written by the annotation processor, read by dev.quarry.migrate.TableIndex\n");
            for (String line : sorted) {
                out.write(line + "\n");
            }
        } catch (IOException e) {
            problems.error(anyRecord, "Quarry cannot write its table index " + RESOURCE + ": " + e.getMessage());
        }
        lines.clear();
    }

    private static String renamedFrom(Element element, String name, Problems problems) {
        RenamedFrom r = element.getAnnotation(RenamedFrom.class);
        if (r == null) {
            return null;
        }
        String former = r.value();
        try {
            dev.quarry.schema.Identifiers.check("@RenamedFrom", former);
        } catch (IllegalArgumentException e) {
            problems.error(element, e.getMessage());
            return null;
        }
        if (former.equals(name)) {
            problems.error(element, "@RenamedFrom(\"" + former + "\") names the current name; remove it or give the"
                    + " old name");
            return null;
        }
        return former;
    }
}
