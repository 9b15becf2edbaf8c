package dev.quarry.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a table (on a {@link Table} record) or a column (on one of its components) had another name before,
 * so that a migration generated from the code renames it and keeps its rows and values. Without it a new name is a
 * dropped table or column and a new one: migrations never guess a rename.
 *
 * <pre>{@code
 * @Table("customer")
 * @RenamedFrom("client")
 * public record Customer(@Id long id, @RenamedFrom("mail") String email) {}
 * }</pre>
 *
 * <p>The annotation processor records it in the table index it writes ({@code META-INF/quarry/tables}), where
 * {@code dev.quarry.migrate.TableIndex} reads it. It may stay in the code after the migration that renamed: a rename
 * whose new name the schema already has is not made again.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface RenamedFrom {
    /** The name the table or column had in the database before, as it was written there. */
    String value();
}
