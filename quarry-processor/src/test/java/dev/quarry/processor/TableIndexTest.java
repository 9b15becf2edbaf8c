package dev.quarry.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** The index of generated tables ({@code META-INF/quarry/tables}) the processor writes for the migrations. */
class TableIndexTest {
    private static final String CUSTOMER = """
            package crm;

            import dev.quarry.annotation.*;

            @Table("customer")
            @RenamedFrom("client")
            public record Customer(@Id long id, @RenamedFrom("mail") String email, String name) {
            }
            """;
    private static final String ORDER = """
            package crm;

            import dev.quarry.annotation.*;

            @Table
            record PurchaseOrder(@Id long id, @References(Customer.class) long customerId) {
            }
            """;

    @Test
    void theIndexListsEachGeneratedTableAndTheRenamesTheCodeDeclares() throws Exception {
        Compilation c = TestCompiler.withTableProcessor().compile(Map.of("crm.Customer", CUSTOMER,
                "crm.PurchaseOrder", ORDER));

        assertThat(c.success()).as(c.report()).isTrue();
        assertThat(Files.readAllLines(c.classes().resolve(TableIndexWriter.RESOURCE))).containsExactly(
                "# Quarry table index: written by the annotation processor, read by dev.quarry.migrate.TableIndex",
                "renamed-column\tcustomer\temail\tmail",
                "renamed-table\tcustomer\tclient",
                "table\tcrm.CustomerTable\tCUSTOMER",
                "table\tcrm.PurchaseOrderTable\tPURCHASE_ORDER");
    }

    @Test
    void aCompilationWithoutTablesWritesNoIndex() {
        Compilation c = TestCompiler.withTableProcessor().compile(Map.of("crm.Plain", "package crm; record Plain(int x) {}"));

        assertThat(c.success()).as(c.report()).isTrue();
        assertThat(c.classes().resolve(TableIndexWriter.RESOURCE)).doesNotExist();
    }

    @Test
    void aRenameToTheSameNameOrToAnInvalidNameIsACompileErrorOnTheComponent() {
        String bad = """
                package crm;

                import dev.quarry.annotation.*;

                @Table
                public record Contact(@Id long id, @RenamedFrom("email") String email, @RenamedFrom("") String name) {
                }
                """;
        Compilation c = TestCompiler.withTableProcessor().compile(Map.of("crm.Contact", bad));

        assertThat(c.success()).isFalse();
        assertThat(c.diagnostics(Diagnostic.Kind.ERROR)).extracting(d -> d.getMessage(null)).containsExactlyInAnyOrder(
                "@RenamedFrom(\"email\") names the current name; remove it or give the old name",
                "@RenamedFrom name must not be empty");
    }
}
