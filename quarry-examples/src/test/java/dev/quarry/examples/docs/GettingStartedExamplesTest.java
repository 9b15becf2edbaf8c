package dev.quarry.examples.docs;

import static dev.quarry.examples.auth.AuthUserTable.AUTH_USER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.examples.auth.AuthUser;
import dev.quarry.query.Column;
import dev.quarry.query.Dsl;
import dev.quarry.schema.ColumnDef;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Runs the examples of docs/getting-started.md, as written there, on every database: the records of section 2 are
 * the auth store's ({@link AuthUser}), and section 3 runs with {@code url} naming the test's own schema instead of
 * {@code jdbc:sqlite:app.db}. A change to a snippet in the doc belongs here too, and the other way round.
 */
class GettingStartedExamplesTest {

    @AllDatabases
    void theGeneratedTableHasOneTypedColumnPerComponent(TestDb t) {
        Column<String> email = AUTH_USER.email;
        Column<Instant> createdAt = AUTH_USER.createdAt;

        assertThat(AUTH_USER.name()).isEqualTo("auth_user");
        assertThat(email.name()).isEqualTo("email");
        assertThat(createdAt.name()).isEqualTo("created_at");
        assertThat(AUTH_USER.def().columns()).noneMatch(ColumnDef::nullable);
    }

    @AllDatabases
    void aUserIsCreatedFoundCountedAndUpdatedInATransaction(TestDb t) {
        Optional<AuthUser> found;
        long counted;

        String url = t.url();
        try (Quarry db = Quarry.open(url)) {
            db.schema().createIfNotExists(AUTH_USER);             // development convenience

            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);   // the finest time all three databases store
    db.insertInto(AUTH_USER).values(new AuthUser("u1", "ada@example.com", now)).execute();

            Optional<AuthUser> ada = db.selectFrom(AUTH_USER)
                    .where(AUTH_USER.email.eq("ada@example.com"))
                    .fetchOptional();

            long users = db.select(Dsl.count()).from(AUTH_USER).fetchOne();

            db.transaction(tx -> {                                 // commits on return, rolls back on exception
                tx.update(AUTH_USER).set(AUTH_USER.email, "ada@lovelace.org").where(AUTH_USER.id.eq("u1")).execute();
                return null;
            });
            found = ada;
            counted = users;
        }

        assertThat(found).hasValueSatisfying(u -> assertThat(u.id()).isEqualTo("u1"));
        assertThat(counted).isEqualTo(1);
        try (Quarry db = t.open()) {
            assertThat(db.select(AUTH_USER.email).from(AUTH_USER).fetch()).containsExactly("ada@lovelace.org");
        }
    }
}
