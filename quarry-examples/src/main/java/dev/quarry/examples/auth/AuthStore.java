package dev.quarry.examples.auth;

import static dev.quarry.examples.auth.AuthUserTable.AUTH_USER;
import static dev.quarry.examples.auth.UserKeyTable.USER_KEY;
import static dev.quarry.examples.auth.UserSessionTable.USER_SESSION;

import dev.quarry.Database;
import dev.quarry.error.UniqueViolationException;
import dev.quarry.query.Dsl;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A user, key and session store in the shape the Lucia auth library expects, on any database Quarry runs on.
 * Sessions are active for {@code activePeriod}; an idle session (active period over, idle period not) is renewed
 * when validated, as Lucia does. Thread-safe: every operation is one statement or one transaction.
 */
public final class AuthStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration activePeriod;
    private final Duration idlePeriod;

    public AuthStore(Database db, PasswordHasher hasher, Clock clock, Duration activePeriod, Duration idlePeriod) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        this.activePeriod = activePeriod;
        this.idlePeriod = idlePeriod;
    }

    /** Creates the three tables if they are missing. */
    public void createSchema() {
        db.schema().createIfNotExists(AUTH_USER, USER_KEY, USER_SESSION);
    }

    /** Registers a user with an e-mail and password; {@link AuthException.Reason#DUPLICATE_EMAIL} if taken. */
    public AuthUser register(String email, char[] password) {
        String normalized = normalize(email);
        AuthUser user = new AuthUser(newId(15), normalized, clock.instant());
        String hash = hasher.hash(password);
        try {
            return db.transaction(tx -> {
                tx.insertInto(AUTH_USER).values(user).execute();
                tx.insertInto(USER_KEY).values(new UserKey(keyId(normalized), user.id(), hash)).execute();
                return user;
            });
        } catch (UniqueViolationException e) {
            throw new AuthException(AuthException.Reason.DUPLICATE_EMAIL,
                    "the e-mail " + normalized + " is already registered");
        }
    }

    /**
     * Checks the password and opens a session; {@link AuthException.Reason#INVALID_CREDENTIALS} for an unknown
     * e-mail or a wrong password (the same message for both, so the caller learns nothing about which).
     */
    public UserSession login(String email, char[] password) {
        Optional<UserKey> key = db.selectFrom(USER_KEY).where(USER_KEY.id.eq(keyId(normalize(email))))
                .fetchOptional();
        if (key.isEmpty() || key.get().hashedPassword() == null
                || !hasher.matches(password, key.get().hashedPassword())) {
            throw new AuthException(AuthException.Reason.INVALID_CREDENTIALS, "wrong e-mail or password");
        }
        return createSession(key.get().userId());
    }

    /** Opens a new session for {@code userId}. */
    public UserSession createSession(String userId) {
        long now = clock.millis();
        UserSession s = new UserSession(newId(40), userId, now + activePeriod.toMillis(),
                now + activePeriod.toMillis() + idlePeriod.toMillis());
        db.insertInto(USER_SESSION).values(s).execute();
        return s;
    }

    /**
     * The session's user if the session is valid; an idle session is renewed first. Empty for an unknown or
     * expired session.
     */
    public Optional<Validated> validate(String sessionId) {
        return db.transaction(tx -> {
            Optional<UserSession> found = tx.selectFrom(USER_SESSION).where(USER_SESSION.id.eq(sessionId))
                    .fetchOptional();
            long now = clock.millis();
            if (found.isEmpty() || found.get().idleExpires() <= now) {
                return Optional.empty();
            }
            UserSession s = found.get();
            if (s.activeExpires() <= now) {
                s = new UserSession(s.id(), s.userId(), now + activePeriod.toMillis(),
                        now + activePeriod.toMillis() + idlePeriod.toMillis());
                tx.update(USER_SESSION).setRecord(s).execute();
            }
            AuthUser user = tx.selectFrom(AUTH_USER).where(AUTH_USER.id.eq(s.userId())).fetchOne();
            return Optional.of(new Validated(user, s, s != found.get()));
        });
    }

    /** Deletes every session past its idle period; the number deleted. */
    public long expireSessions() {
        return db.deleteFrom(USER_SESSION).where(USER_SESSION.idleExpires.le(clock.millis())).execute();
    }

    /** Ends a session; false if it did not exist. */
    public boolean logout(String sessionId) {
        return db.deleteFrom(USER_SESSION).where(USER_SESSION.id.eq(sessionId)).execute() == 1;
    }

    /** The number of sessions a user has open. */
    public long sessionCount(String userId) {
        return db.select(Dsl.count()).from(USER_SESSION)
                .where(USER_SESSION.userId.eq(userId)).fetchOne();
    }

    /**
     * A valid session and its user.
     *
     * @param user    the user
     * @param session the session, renewed if it was idle
     * @param renewed whether validation renewed it
     */
    public record Validated(AuthUser user, UserSession session, boolean renewed) {
    }

    private static String normalize(String email) {
        String e = email.strip().toLowerCase(Locale.ROOT);
        int at = e.indexOf('@');
        if (at < 1 || at == e.length() - 1 || e.length() > 254) {
            throw new IllegalArgumentException("not an e-mail address: '" + email + "'");
        }
        return e;
    }

    private static String keyId(String normalizedEmail) {
        return "email:" + normalizedEmail;
    }

    private static String newId(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
