package dev.quarry.examples.spring;

import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example application over HTTP on PostgreSQL. */
@ActiveProfiles("postgres")
class PostgresAuthApiTest extends AuthApiContract {
    private static DatabaseScope scope;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        scope = use(TestTarget.POSTGRES, properties);
    }

    @Override
    TestTarget target() {
        return TestTarget.POSTGRES;
    }

    @AfterAll
    static void drop() throws Exception {
        if (scope != null) {
            scope.close();
        }
    }
}
