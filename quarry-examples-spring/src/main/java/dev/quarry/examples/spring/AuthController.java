package dev.quarry.examples.spring;

import dev.quarry.examples.auth.AuthException;
import dev.quarry.examples.auth.UserSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API: {@code POST /users} signs up (and opens a session), {@code POST /sessions} logs in,
 * {@code GET /sessions/{id}} checks a session, {@code DELETE /sessions/{id}} logs out. Errors: 409 for an e-mail
 * already registered, 401 for wrong credentials, 404 for an unknown session.
 */
@RestController
class AuthController {
    private final AuthService auth;

    AuthController(AuthService auth) {
        this.auth = auth;
    }

    /** What a client sends to sign up or log in. */
    record Credentials(String email, String password) {
    }

    /** A session as the client sees it. */
    record SessionView(String id, String userId, long activeExpires) {
        static SessionView of(UserSession s) {
            return new SessionView(s.id(), s.userId(), s.activeExpires());
        }
    }

    /** A valid session's user. */
    record Validated(String userId, String email, boolean renewed) {
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    SessionView signUp(@RequestBody Credentials c) {
        return SessionView.of(auth.signUp(c.email(), c.password().toCharArray()).session());
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    SessionView logIn(@RequestBody Credentials c) {
        return SessionView.of(auth.logIn(c.email(), c.password().toCharArray()));
    }

    @GetMapping("/sessions/{id}")
    ResponseEntity<Validated> validate(@PathVariable String id) {
        return auth.validate(id)
                .map(v -> ResponseEntity.ok(new Validated(v.user().id(), v.user().email(), v.renewed())))
                .orElse(ResponseEntity.notFound().build());
    }

    @DeleteMapping("/sessions/{id}")
    ResponseEntity<Void> logOut(@PathVariable String id) {
        return auth.logOut(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(AuthException.class)
    ResponseEntity<String> refused(AuthException e) {
        HttpStatus status = switch (e.reason()) {
            case DUPLICATE_EMAIL -> HttpStatus.CONFLICT;
            case INVALID_CREDENTIALS -> HttpStatus.UNAUTHORIZED;
            case INVALID_SESSION -> HttpStatus.NOT_FOUND;
        };
        return ResponseEntity.status(status).body(e.getMessage());
    }
}
