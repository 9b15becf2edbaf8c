package dev.quarry.studio;

import static dev.quarry.query.Dsl.count;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.quarry.Quarry;
import dev.quarry.query.Select;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Studio's JSON API, one method per route; {@link StudioHandler} has already checked the token (and, for a
 * write, the CSRF token and the mode) before any of these runs. Thread-safe: every request builds its own queries.
 */
final class Api {
    private final Quarry db;
    private final Catalog catalog;
    private final RowEditor editor;
    private final SqlConsole console;
    private final LiveGrid live;
    private final MigrationPanel migrations;
    private final ObjectMapper json;
    private final boolean readOnly;
    private final String csrf;
    private final int pageSize;

    /**
     * @param livePoll null to keep grids live by watching them; else how often to re-read them instead
     */
    Api(Quarry db, StudioOptions options, boolean readOnly, Duration livePoll, String csrf, ObjectMapper json) {
        this.db = db;
        this.catalog = new Catalog(db, new CodeTypes(options.tables()));
        this.editor = new RowEditor(db, catalog);
        this.console = new SqlConsole(db);
        this.live = new LiveGrid(db, catalog, json, options.pageSize(), java.time.Clock.systemUTC(), livePoll);
        this.migrations = MigrationPanel.of(db, options.migrations(), readOnly);
        this.json = json;
        this.readOnly = readOnly;
        this.csrf = csrf;
        this.pageSize = options.pageSize();
    }

    LiveGrid live() {
        return live;
    }

    /** {@code GET /api/meta}: the database, the mode, the CSRF token, the tables with their row counts. */
    Object meta() {
        catalog.reload();
        List<Map<String, Object>> tables = new ArrayList<>();
        for (String name : catalog.names()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", name);
            catalog.refusal(name).ifPresentOrElse(reason -> t.put("refused", reason),
                    () -> t.put("rows", db.select(count()).from(catalog.table(name)).fetchOne()));
            tables.add(t);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", db.dialectName());
        out.put("readOnly", readOnly);
        out.put("csrf", csrf);
        out.put("pageSize", pageSize);
        out.put("tables", tables);
        out.put("codeTablesMissing", catalog.codeOnly());
        out.put("migrations", migrations.view());
        return out;
    }

    /** {@code GET /api/schema?table=}. */
    Object schema(Map<String, List<String>> query) {
        return Views.schema(catalog.def(Http.required(query, "table")), catalog);
    }

    /** {@code GET /api/rows?table=&sort=&dir=&f=&after=&total=no}: one page, counted unless {@code total=no}. */
    Object rows(Map<String, List<String>> query) throws IOException {
        PageQuery q = new PageQuery(catalog, request(query));
        return Views.page(q.page(db, pageSize, !"no".equals(Http.first(query, "total"))), catalog);
    }

    /** {@code GET /api/live?...}: the grid's change stream. */
    void live(HttpExchange exchange, Map<String, List<String>> query) throws IOException {
        live.stream(exchange, request(query));
    }

    /** {@code GET /api/export?format=&table=...}: every row that passes the grid's filters, in its order. */
    void export(HttpExchange exchange, Map<String, List<String>> query) throws IOException {
        Export format = Export.named(Http.required(query, "format"));
        PageQuery q = new PageQuery(catalog, request(query).withoutCursor());
        Select<Object[]> rows = q.rows(db);
        List<String> columns = q.table().def().columns().stream().map(c -> c.name()).toList();
        attachment(exchange, format, q.table().name());
        try (Stream<Object[]> stream = rows.stream(); OutputStream out = exchange.getResponseBody()) {
            Iterator<List<String>> it = stream.map(r -> Views.rows(List.<Object[]>of(r)).get(0)).iterator();
            format.write(columns, it, out, json);
        }
        exchange.close();
    }

    /** {@code GET /api/blob?table=&column=&key=<JSON object>}: one binary value, as a file. */
    void blob(HttpExchange exchange, Map<String, List<String>> query) throws IOException {
        String table = Http.required(query, "table");
        String column = Http.required(query, "column");
        Map<String, String> key = map(json.readTree(Http.required(query, "key")));
        byte[] bytes = editor.blob(table, key, column);
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\""
                + Http.fileName(table + "-" + column, "bin") + "\"");
        Http.send(exchange, 200, "application/octet-stream", bytes);
    }

    /** {@code POST /api/insert}: {@code {table, values: {column: text|null}}}. */
    Object insert(JsonNode body) {
        editor.insert(text(body, "table"), map(body.get("values")));
        return Map.of("ok", true);
    }

    /** {@code POST /api/update}: {@code {table, key: {column: text}, values: {column: text|null}}}. */
    Object update(JsonNode body) {
        editor.update(text(body, "table"), map(body.get("key")), map(body.get("values")));
        return Map.of("ok", true);
    }

    /** {@code POST /api/delete}: {@code {table, key: {column: text}}}. */
    Object delete(JsonNode body) {
        editor.delete(text(body, "table"), map(body.get("key")));
        return Map.of("ok", true);
    }

    /** {@code POST /api/query}: {@code {sql}}, run read-only; with {@code ?format=} the result as a file. */
    void query(HttpExchange exchange, Map<String, List<String>> query, JsonNode body) throws IOException {
        SqlConsole.Result result = console.run(text(body, "sql"));
        String format = Http.first(query, "format");
        if (format == null) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("columns", result.columns());
            out.put("rows", result.rows());
            out.put("truncated", result.truncated());
            StudioHandler.sendJson(exchange, 200, json, out);
            return;
        }
        Export export = Export.named(format);
        attachment(exchange, export, "query");
        try (OutputStream out = exchange.getResponseBody()) {
            export.write(result.columns(), result.rows().iterator(), out, json);
        }
        exchange.close();
    }

    boolean readOnly() {
        return readOnly;
    }

    private static void attachment(HttpExchange exchange, Export format, String name) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", format.contentType());
        exchange.getResponseHeaders().set("Content-Disposition",
                "attachment; filename=\"" + format.fileName(name) + "\"");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
    }

    private PageRequest request(Map<String, List<String>> query) throws IOException {
        String after = Http.first(query, "after");
        List<String> cursor = new ArrayList<>();
        if (after != null && !after.isEmpty()) {
            JsonNode node = json.readTree(after);
            if (!node.isArray()) {
                throw new BadRequestException("the page cursor is a JSON array");
            }
            node.forEach(n -> cursor.add(n.isNull() ? null : n.asText()));
        }
        return PageRequest.of(query, cursor);
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body == null ? null : body.get(field);
        if (n == null || !n.isTextual()) {
            throw new BadRequestException("the request needs '" + field + "' as text");
        }
        return n.asText();
    }

    private static Map<String, String> map(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new BadRequestException("values and keys are JSON objects of column names to text");
        }
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        return out;
    }
}
