package dev.quarry.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.testing.Availability;
import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.TestTarget;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The example application started as it runs (an HTTP server on a random port) on one database, and called over
 * HTTP. Each database's test class extends this and says where its database is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
abstract class AuthApiContract {
    @Autowired
    TestRestTemplate http;
    @Autowired
    Quarry db;

    /**
     * A scope of its own on {@code target} for the application, in place of the database its profile names (the
     * subclass activates the profile).
     */
    static DatabaseScope use(TestTarget target, DynamicPropertyRegistry properties) {
        Availability.require(target);
        DatabaseScope scope = DatabaseScope.create(target);
        properties.add(target == TestTarget.SQLITE ? "quarry.url" : "spring.datasource.url", scope::url);
        return scope;
    }

    /** The database the subclass's profile is for. */
    abstract TestTarget target();

    @Test
    void theApplicationRunsOnTheDatabaseOfItsProfile() {
        assertThat(db.dialectName().toLowerCase(java.util.Locale.ROOT)).contains(target().label());
    }

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private ResponseEntity<Map<String, Object>> post(String path, String email, String password) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(Map.of("email", email, "password", password)),
                JSON);
    }

    private ResponseEntity<Map<String, Object>> get(String path) {
        return http.exchange(path, HttpMethod.GET, null, JSON);
    }

    @Test
    void aUserSignsUpWithASessionLogsInAndOut() {
        ResponseEntity<Map<String, Object>> signedUp = post("/users", "ada@example.com", "secret");
        assertThat(signedUp.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String first = (String) signedUp.getBody().get("id");

        ResponseEntity<Map<String, Object>> valid = get("/sessions/" + first);
        assertThat(valid.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(valid.getBody()).containsEntry("email", "ada@example.com");

        ResponseEntity<Map<String, Object>> loggedIn = post("/sessions", "ada@example.com", "secret");
        assertThat(loggedIn.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String second = (String) loggedIn.getBody().get("id");
        assertThat(second).isNotEqualTo(first);

        assertThat(http.exchange("/sessions/" + second, HttpMethod.DELETE, null, Void.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(get("/sessions/" + second).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/sessions/" + first).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aTakenEmailIsAConflictAndAWrongPasswordUnauthorized() {
        assertThat(post("/users", "bob@example.com", "secret").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> again = http.postForEntity("/users",
                Map.of("email", "bob@example.com", "password", "other"), String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("already registered");
        assertThat(http.postForEntity("/sessions", Map.of("email", "bob@example.com", "password", "wrong"),
                String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // the failed sign-up's savepoint was rolled back and the transaction went on: the first password still works
        assertThat(post("/sessions", "bob@example.com", "secret").getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void actuatorShowsQuarrysHealthAndStatementMetrics() {
        post("/users", "cy@example.com", "secret");
        ResponseEntity<Map<String, Object>> health = get("/actuator/health");
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        assertThat(health.getBody().get("components").toString()).contains("quarry=");
        ResponseEntity<Map<String, Object>> statements = get("/actuator/metrics/quarry.statements?tag=kind:insert"
                + "&tag=table:auth_user");
        assertThat(statements.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(statements.getBody().toString()).contains("COUNT");
    }
}
