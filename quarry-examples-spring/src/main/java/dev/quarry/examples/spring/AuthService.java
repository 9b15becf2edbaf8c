package dev.quarry.examples.spring;

import dev.quarry.examples.auth.AuthStore;
import dev.quarry.examples.auth.AuthUser;
import dev.quarry.examples.auth.UserSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the API does, in Spring transactions. {@link #signUp} registers a user and opens a session in one
 * transaction: {@code AuthStore.register}'s own {@code db.transaction(...)} becomes a savepoint of it, and if opening
 * the session failed the user would not stay registered.
 */
@Service
public class AuthService {
    private final AuthStore store;

    AuthService(AuthStore store) {
        this.store = store;
    }

    /** A registered user with a session open. */
    public record SignedUp(AuthUser user, UserSession session) {
    }

    @Transactional
    public SignedUp signUp(String email, char[] password) {
        AuthUser user = store.register(email, password);
        return new SignedUp(user, store.createSession(user.id()));
    }

    @Transactional
    public UserSession logIn(String email, char[] password) {
        return store.login(email, password);
    }

    @Transactional
    public java.util.Optional<AuthStore.Validated> validate(String sessionId) {
        return store.validate(sessionId);
    }

    @Transactional
    public boolean logOut(String sessionId) {
        return store.logout(sessionId);
    }
}
