package dev.quarry.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test once per database: SQLite, PostgreSQL and MariaDB, in that order, named {@code [sqlite]},
 * {@code [postgresql]}, {@code [mariadb]}. The test (and its {@code @BeforeEach} methods) may take a {@link TestDb},
 * a {@link dev.quarry.Quarry} (the class's shared handle) or a {@link TestTarget}. Each test class works in a
 * schema of its own on each database, dropped after the class. An unreachable server skips its run with the reason,
 * or fails it when {@code QUARRY_REQUIRE_ALL_DBS=1}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(DatabasesExtension.class)
public @interface AllDatabases {
}
