package dev.quarry.studio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A plain HTTP client on a Studio, as another program (or another site's page) would talk to it. */
final class StudioClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Studio studio;

    StudioClient(Studio studio) {
        this.studio = studio;
    }

    HttpResponse<String> get(String pathAndQuery, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(studio.address().resolve(pathAndQuery)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookie, String csrf, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(studio.address().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header(Guard.CSRF_HEADER, csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The cookie the first page load with the token sets. */
    String login() throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(studio.url()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Optional<String> setCookie = page.headers().firstValue("Set-Cookie");
        return setCookie.orElseThrow(() -> new AssertionError("no cookie set: " + page.statusCode()))
                .split(";")[0];
    }

    URI base() {
        return studio.address();
    }
}
