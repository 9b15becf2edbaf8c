package dev.quarry.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * A small schema in three versions, as a user's code would evolve it, compiled by {@link SchemaCompiler} into a
 * class directory the command reads with {@code --classpath}.
 */
final class ShopSchema {
    private ShopSchema() {
    }

    /** Customers with a name. */
    static final Map<String, String> V1 = Map.of("shop.Customer", """
            package shop;

            import dev.quarry.annotation.*;

            @Table("customer")
            public record Customer(@Id long id, @Column(length = 80) String name) {
            }
            """);

    /** The name renamed to full_name (the code says so), an email added, and purchases referencing customers. */
    static final Map<String, String> V2 = Map.of("shop.Customer", """
            package shop;

            import dev.quarry.annotation.*;

            @Table("customer")
            public record Customer(@Id long id, @RenamedFrom("name") @Column(length = 80) String fullName,
                                   @Nullable String email) {
            }
            """, "shop.Purchase", """
            package shop;

            import dev.quarry.annotation.*;
            import java.math.BigDecimal;

            @Table("purchase")
            public record Purchase(@Id long id, @Index @References(Customer.class) long customerId,
                                   @Column(precision = 10, scale = 2) BigDecimal amount) {
            }
            """);

    /** The email dropped: a change that loses data. */
    static final Map<String, String> V3 = Map.of("shop.Customer", """
            package shop;

            import dev.quarry.annotation.*;

            @Table("customer")
            public record Customer(@Id long id, @RenamedFrom("name") @Column(length = 80) String fullName) {
            }
            """, "shop.Purchase", V2.get("shop.Purchase"));

    /** Compiles {@code version} into {@code dir}/{@code name}, returning the class directory. */
    static Path compile(Path dir, String name, Map<String, String> version) {
        return SchemaCompiler.compile(dir.resolve(name), version);
    }
}
