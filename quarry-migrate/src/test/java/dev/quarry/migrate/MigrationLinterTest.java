package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.Quarry;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each lint rule flags its change on its databases, with a safer alternative, and leaves new tables alone. */
class MigrationLinterTest {

    private static final TableDef ACCOUNT = TableDef.builder("account")
            .column("id", DataType.LONG).primaryKey("id").build();

    private static TableDef payment(boolean changed) {
        TableDef.Builder b = TableDef.builder("payment").column("id", DataType.LONG);
        if (changed) {
            b.column("memo", DataType.string(80))
                    .column("amount", DataType.decimal(12, 4))
                    .column("note", DataType.string(20))
                    .nullableColumn("account_id", DataType.LONG)
                    .index("payment_memo_idx", "memo")
                    .foreignKey("payment_account_fk", List.of("account_id"), "account", List.of("id"),
                            ReferentialAction.RESTRICT)
                    .check("payment_amount_positive", "amount > 0");
        } else {
            b.column("memo", DataType.string(40))
                    .column("amount", DataType.decimal(10, 2))
                    .nullableColumn("note", DataType.string(20))
                    .column("legacy", DataType.LONG);
        }
        return b.primaryKey("id").build();
    }

    private static TableDef fresh() {
        return TableDef.builder("fresh").column("id", DataType.LONG).column("v", DataType.INT)
                .index("fresh_v_idx", "v").primaryKey("id").build();
    }

    private static List<String> rules(String database) {
        SchemaDiff diff = SchemaDiff.between(SchemaSnapshot.of(List.of(ACCOUNT, payment(false))),
                List.of(ACCOUNT, payment(true), fresh()), Renames.none());
        MigrationScript script = MigrationScript.render(diff, Quarry.ddlOf(database));
        List<MigrationLinter.Finding> findings = MigrationLinter.lint(script, diff, database);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.table()).as("a new table is empty: nothing to flag").isNotEqualTo("fresh");
            assertThat(f.alternative()).isNotBlank();
        });
        return findings.stream().map(f -> f.rule() + ":" + f.table()).toList();
    }

    @Test
    void postgresqlFlagsLocksThatWaitForEveryRow() {
        assertThat(rules("postgresql")).containsExactlyInAnyOrder(
                "destructive:payment",                    // legacy dropped
                "destructive:payment",                    // note made NOT NULL without a default
                "type-change-rewrites:payment",           // numeric scale changes
                "set-not-null-scans:payment",
                "index-without-concurrently:payment",
                "foreign-key-validates:payment",
                "check-validates:payment");
    }

    @Test
    void mariadbFlagsChangesThatCopyTheTable() {
        assertThat(rules("mariadb")).containsExactlyInAnyOrder(
                "destructive:payment", "destructive:payment",
                "type-change-rewrites:payment",           // VARCHAR(40) to (80) crosses 255 bytes in utf8mb4
                "type-change-rewrites:payment",           // DECIMAL(10,2) to (12,4)
                "foreign-key-copies:payment",
                "check-copies:payment");
    }

    @Test
    void sqliteFlagsTheRebuild() {
        assertThat(rules("sqlite")).containsExactlyInAnyOrder(
                "destructive:payment", "destructive:payment",
                "table-rebuild:payment");
    }
}
