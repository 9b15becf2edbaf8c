package dev.quarry.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.quarry.error.ConstraintViolationException;
import dev.quarry.error.InvalidValueException;
import dev.quarry.error.MisuseException;
import dev.quarry.error.QuarryException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every request goes through here: the token first (403 without it), then for a POST the CSRF token and, for an
 * edit, the mode (403 in read-only mode), then the route. Errors become JSON {@code {error, kind}}: 400 for a bad
 * request or value, 409 for a constraint the database enforced, 500 for anything else; the message is the typed
 * exception's own, which names what was wrong and holds no bound value or secret.
 */
final class StudioHandler implements HttpHandler {
    private static final Map<String, String> STATIC = Map.of(
            "/", "index.html",
            "/static/studio.js", "studio.js",
            "/static/studio.css", "studio.css");

    private final Guard guard;
    private final Api api;
    private final ObjectMapper json;

    StudioHandler(Guard guard, Api api, ObjectMapper json) {
        this.guard = guard;
        this.api = api;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!guard.admits(exchange)) {
                Http.text(exchange, 403, "Quarry Studio: this request has no valid token. Open the URL the Studio"
                        + " printed when it started (it holds ?token=...).");
                return;
            }
            route(exchange);
        } catch (BadRequestException | InvalidValueException | MisuseException e) {
            error(exchange, 400, e);
        } catch (ConstraintViolationException e) {
            error(exchange, 409, e);
        } catch (QuarryException e) {
            error(exchange, 500, e);
        } catch (IOException e) {
            throw e;
        } catch (RuntimeException e) {
            error(exchange, 500, e);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Map<String, List<String>> query = Http.query(exchange);
        if ("GET".equals(method)) {
            get(exchange, path, query);
        } else if ("POST".equals(method)) {
            post(exchange, path, query);
        } else {
            Http.text(exchange, 405, "Quarry Studio answers GET and POST only");
        }
    }

    private void get(HttpExchange exchange, String path, Map<String, List<String>> query) throws IOException {
        String resource = STATIC.get(path);
        if (resource != null) {
            if (guard.tokenInQuery(exchange)) {
                exchange.getResponseHeaders().add("Set-Cookie", guard.cookie());
            }
            resource(exchange, resource);
            return;
        }
        switch (path) {
            case "/api/meta" -> sendJson(exchange, 200, json, api.meta());
            case "/api/schema" -> sendJson(exchange, 200, json, api.schema(query));
            case "/api/rows" -> sendJson(exchange, 200, json, api.rows(query));
            case "/api/live" -> api.live(exchange, query);
            case "/api/export" -> api.export(exchange, query);
            case "/api/blob" -> api.blob(exchange, query);
            default -> Http.text(exchange, 404, "Quarry Studio has no page " + path);
        }
    }

    private void post(HttpExchange exchange, String path, Map<String, List<String>> query) throws IOException {
        if (!guard.csrfValid(exchange)) {
            Http.text(exchange, 403, "Quarry Studio: this write has no valid CSRF token (header "
                    + Guard.CSRF_HEADER + "); reload the page");
            return;
        }
        boolean edit = path.equals("/api/insert") || path.equals("/api/update") || path.equals("/api/delete");
        if (edit && api.readOnly()) {
            Map<String, Object> refusal = new LinkedHashMap<>();
            refusal.put("error", "the Studio is read-only: start it with readOnly(false) (or --writable) to edit");
            refusal.put("kind", "ReadOnly");
            sendJson(exchange, 403, json, refusal);
            return;
        }
        JsonNode body = json.readTree(Http.body(exchange));
        switch (path) {
            case "/api/insert" -> sendJson(exchange, 200, json, api.insert(body));
            case "/api/update" -> sendJson(exchange, 200, json, api.update(body));
            case "/api/delete" -> sendJson(exchange, 200, json, api.delete(body));
            case "/api/query" -> api.query(exchange, query, body);
            default -> Http.text(exchange, 404, "Quarry Studio has no action " + path);
        }
    }

    private void resource(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = StudioHandler.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the Studio's " + name + " is missing from its jar");
            }
            String type = name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
            Http.send(exchange, 200, type, in.readAllBytes());
        }
    }

    static void sendJson(HttpExchange exchange, int status, ObjectMapper json, Object body) throws IOException {
        Http.send(exchange, status, "application/json; charset=utf-8", json.writeValueAsBytes(body));
    }

    private void error(HttpExchange exchange, int status, Exception e) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        body.put("kind", e instanceof BadRequestException ? "BadRequest" : e.getClass().getSimpleName());
        try {
            sendJson(exchange, status, json, body);
        } catch (IOException | IllegalStateException alreadySent) {
            // the answer had begun (a stream): the client sees it end early
        }
    }
}
