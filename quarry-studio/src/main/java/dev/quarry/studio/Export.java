package dev.quarry.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A grid written out as CSV (RFC 4180: every field quoted when it holds a comma, a quote or a line break, quotes
 * doubled, CRLF line ends, NULL as an empty field) or as JSON (an array of objects, column name to text or null).
 * Rows are written as they are read, so a large table streams. Stateless.
 */
enum Export {
    CSV("text/csv; charset=utf-8", "csv"),
    JSON("application/json; charset=utf-8", "json");

    private final String contentType;
    private final String extension;

    Export(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format named {@code name} ({@code csv} or {@code json}). */
    static Export named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadRequestException("export as csv or json, not '" + name + "'");
        }
    }

    String contentType() {
        return contentType;
    }

    /** A file name for {@code base} in this format. */
    String fileName(String base) {
        return Http.fileName(base, extension);
    }

    void write(List<String> columns, Iterator<List<String>> rows, OutputStream out, ObjectMapper json)
            throws IOException {
        if (this == CSV) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            line(w, columns);
            while (rows.hasNext()) {
                line(w, rows.next());
            }
            w.flush();
            return;
        }
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartArray();
            while (rows.hasNext()) {
                List<String> row = rows.next();
                g.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    g.writeStringField(columns.get(i), row.get(i));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void line(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            String f = fields.get(i);
            if (f == null) {
                continue;
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                w.write('"');
                w.write(f.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(f);
            }
        }
        w.write("\r\n");
    }
}
