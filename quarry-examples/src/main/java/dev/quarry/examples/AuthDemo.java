package dev.quarry.examples;

import static dev.quarry.examples.auth.AuthUserTable.AUTH_USER;
import static dev.quarry.examples.auth.UserKeyTable.USER_KEY;
import static dev.quarry.examples.auth.UserSessionTable.USER_SESSION;

import dev.quarry.Quarry;
import dev.quarry.examples.auth.AuthException;
import dev.quarry.examples.auth.AuthStore;
import dev.quarry.examples.auth.AuthUser;
import dev.quarry.examples.auth.PasswordHasher;
import dev.quarry.examples.auth.UserSession;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** The auth/session store, step by step, printing what each step did. */
final class AuthDemo {
    private final Quarry db;
    private final PrintStream out;

    AuthDemo(Quarry db, PrintStream out) {
        this.db = db;
        this.out = out;
    }

    void run() {
        out.println("== Auth store (users, keys, sessions) on " + db.dialectName());
        db.schema().dropIfExists(AUTH_USER, USER_KEY, USER_SESSION);
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        AuthStore store = new AuthStore(db, new PasswordHasher(100_000), clock, Duration.ofDays(1),
                Duration.ofDays(14));
        store.createSchema();
        out.println("created tables auth_user, user_key, user_session");

        AuthUser ada = store.register("Ada@Example.com", "correct horse".toCharArray());
        out.println("registered " + ada.email() + " as user " + ada.id());
        try {
            store.register("ada@example.com", "another".toCharArray());
        } catch (AuthException e) {
            out.println("second registration refused: " + e.getMessage());
        }
        try {
            store.login("ada@example.com", "wrong".toCharArray());
        } catch (AuthException e) {
            out.println("login with a wrong password refused: " + e.getMessage());
        }
        UserSession s = store.login("ada@example.com", "correct horse".toCharArray());
        out.println("logged in: session " + s.id().substring(0, 12) + "... active until "
                + Instant.ofEpochMilli(s.activeExpires()));

        clock.advance(Duration.ofDays(2));
        AuthStore.Validated v = store.validate(s.id()).orElseThrow();
        out.println("two days later the session is idle; validating renewed it: " + v.renewed()
                + ", now active until " + Instant.ofEpochMilli(v.session().activeExpires()));

        UserSession old = store.createSession(ada.id());
        clock.advance(Duration.ofDays(20));
        UserSession fresh = store.createSession(ada.id());
        out.println("expired sessions removed: " + store.expireSessions() + "; sessions left: "
                + store.sessionCount(ada.id()) + " (the old one " + old.id().substring(0, 6)
                + "... is gone, " + fresh.id().substring(0, 6) + "... stays)");
        out.println("logout: " + store.logout(fresh.id()) + "; logging out again: " + store.logout(fresh.id()));
        out.println("stored password is a hash: " + db.selectFrom(USER_KEY).fetchOne().hashedPassword()
                .startsWith("pbkdf2$"));
    }

    /** A clock the demo moves forward by hand, instead of sleeping. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the demo clock is UTC only");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
