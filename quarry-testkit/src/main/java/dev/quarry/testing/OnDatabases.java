package dev.quarry.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link AllDatabases} restricted to some databases, for behaviour only some have (a serialization failure needs
 * PostgreSQL's SERIALIZABLE; SQLITE_BUSY needs SQLite). Prefer {@link AllDatabases} and assert each database's
 * documented answer in the test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(DatabasesExtension.class)
public @interface OnDatabases {
    /** The databases to run on. */
    TestTarget[] value();
}
