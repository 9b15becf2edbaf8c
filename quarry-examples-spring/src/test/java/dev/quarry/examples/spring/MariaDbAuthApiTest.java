package dev.quarry.examples.spring;

import dev.quarry.testing.DatabaseScope;
import dev.quarry.testing.TestTarget;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The example application over HTTP on MariaDB. */
@ActiveProfiles("mariadb")
class MariaDbAuthApiTest extends AuthApiContract {
    private static DatabaseScope scope;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        scope = use(TestTarget.MARIADB, properties);
    }

    @Override
    TestTarget target() {
        return TestTarget.MARIADB;
    }

    @AfterAll
    static void drop() throws Exception {
        if (scope != null) {
            scope.close();
        }
    }
}
