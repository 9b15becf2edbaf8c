package dev.quarry.studio;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The little HTTP the Studio needs on top of the JDK's {@code HttpServer}: query strings, bodies, answers. */
final class Http {
    /** A request body larger than this is refused: a row edit or a console statement is far smaller. */
    private static final int MAX_BODY = 4 * 1024 * 1024;

    private Http() {
    }

    /** The request's query parameters, decoded, each name with its values in order. */
    static Map<String, List<String>> query(HttpExchange exchange) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String required(Map<String, List<String>> query, String name) {
        String v = first(query, name);
        if (v == null || v.isEmpty()) {
            throw new BadRequestException("the request needs the parameter '" + name + "'");
        }
        return v;
    }

    static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new BadRequestException("the request body is larger than " + MAX_BODY + " bytes");
            }
            return bytes;
        }
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    /** A download's file name: {@code base} with anything but letters, digits, {@code _ . -} replaced. */
    static String fileName(String base, String extension) {
        return base.replaceAll("[^A-Za-z0-9_.-]", "_") + "." + extension;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
