package dev.quarry.examples.spring;

import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example application over HTTP on SQLite. */
@ActiveProfiles("sqlite")
class SqliteAuthApiTest extends AuthApiContract {
    private static DatabaseScope scope;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        scope = use(TestTarget.SQLITE, properties);
    }

    @Override
    TestTarget target() {
        return TestTarget.SQLITE;
    }

    @AfterAll
    static void drop() throws Exception {
        if (scope != null) {
            scope.close();
        }
    }
}
