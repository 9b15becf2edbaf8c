package dev.quarry.examples.auth;

import static dev.quarry.examples.auth.AuthUserTable.AUTH_USER;
import static dev.quarry.examples.auth.UserKeyTable.USER_KEY;
import static dev.quarry.examples.auth.UserSessionTable.USER_SESSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;

/**
 * The auth store, a repository over three tables, tested once and run on SQLite, PostgreSQL and MariaDB with the
 * test kit. This class is the example of docs/testing.md, as written there: a change to one belongs in the other.
 */
class AuthStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    private AuthStore store;

    @BeforeEach
    void emptyStore(TestDb t) {
        Quarry db = t.use(AUTH_USER, USER_KEY, USER_SESSION);   // created once per class and database, then emptied
        store = new AuthStore(db, new PasswordHasher(1_000), CLOCK, Duration.ofHours(1), Duration.ofDays(7));
    }

    @AllDatabases
    void aRegisteredUserLogsInAndTheSessionIsValid() {
        AuthUser ada = store.register("ada@example.com", "secret".toCharArray());

        UserSession session = store.login("ada@example.com", "secret".toCharArray());

        assertThat(store.validate(session.id())).hasValueSatisfying(v -> assertThat(v.user()).isEqualTo(ada));
    }

    @AllDatabases
    void anEmailIsRegisteredOnlyOnce() {
        store.register("ada@example.com", "secret".toCharArray());

        assertThatThrownBy(() -> store.register("ada@example.com", "other".toCharArray()))
                .isInstanceOf(AuthException.class).hasMessageContaining("already registered");
    }

    @AllDatabases
    void aUsersSessionsAreStreamedAndTheStreamIsClosed(Quarry db) {
        AuthUser ada = store.register("ada@example.com", "secret".toCharArray());
        store.createSession(ada.id());
        store.createSession(ada.id());

        try (Stream<UserSession> sessions = db.selectFrom(USER_SESSION).stream()) {   // left open, the leak check fails
            assertThat(sessions.filter(s -> s.userId().equals(ada.id()))).hasSize(2);
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void theEmailColumnIsBoundedOnPostgres(TestDb t) throws SQLException {
        try (Statement s = t.jdbc().createStatement();                 // a raw connection into the class's schema
             ResultSet rs = s.executeQuery("SELECT character_maximum_length FROM information_schema.columns"
                     + " WHERE table_schema = current_schema() AND table_name = 'auth_user'"
                     + " AND column_name = 'email'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(254);
        }
    }
}
