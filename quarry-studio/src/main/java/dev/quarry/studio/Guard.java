package dev.quarry.studio;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * Who may use the Studio. As in Jupyter, a random token (256 bits) is in the URL the Studio prints; the first page
 * load with it sets a cookie ({@code HttpOnly}, {@code SameSite=Strict}, named per port since cookies ignore
 * ports), and every request must carry the token in the one or the other. Every write must also carry the page's CSRF
 * token in the {@code X-Quarry-CSRF} header: another site's page in the same browser gets neither (it cannot read
 * the Studio's answers, and a form it posts has no header). Tokens compare in constant time. Neither token is ever
 * logged or put in an error. Immutable; thread-safe.
 */
final class Guard {
    static final String CSRF_HEADER = "X-Quarry-CSRF";

    private final String token;
    private final String csrf;
    private final String cookieName;

    Guard(int port) {
        SecureRandom random = new SecureRandom();
        this.token = randomToken(random);
        this.csrf = randomToken(random);
        this.cookieName = "quarry_studio_" + port;
    }

    String token() {
        return token;
    }

    String csrf() {
        return csrf;
    }

    /** Whether the request carries the token, in its query ({@code token=}) or its cookie. */
    boolean admits(HttpExchange exchange) {
        String fromQuery = Http.first(Http.query(exchange), "token");
        return same(fromQuery, token) || same(cookie(exchange), token);
    }

    /** Whether the token came in the query: the page then sets the cookie. */
    boolean tokenInQuery(HttpExchange exchange) {
        return same(Http.first(Http.query(exchange), "token"), token);
    }

    /** The {@code Set-Cookie} value that carries the token for the next requests. */
    String cookie() {
        return cookieName + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** Whether a write carries the page's CSRF token. */
    boolean csrfValid(HttpExchange exchange) {
        return same(exchange.getRequestHeaders().getFirst(CSRF_HEADER), csrf);
    }

    private String cookie(HttpExchange exchange) {
        List<String> headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                String p = part.trim();
                if (p.startsWith(cookieName + "=")) {
                    return p.substring(cookieName.length() + 1);
                }
            }
        }
        return null;
    }

    private static boolean same(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String randomToken(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "Guard[" + cookieName + ", tokens hidden]";
    }
}
