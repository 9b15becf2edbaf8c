package dev.quarry.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import dev.quarry.query.Executor;
import dev.quarry.query.Placeholder;
import dev.quarry.query.Prepared;
import dev.quarry.query.Query;
import dev.quarry.query.Row;
import dev.quarry.query.RowMapper;
import dev.quarry.query.Table;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules that keep the seams of issue 8 in place (STYLE.md 15): no package depends on itself through others, and
 * the engine reads what the dialect reports of a statement, never the query tree.
 */
class CycleAndSeamRulesTest {
    /** The query types the engine may name: the contracts it implements or is handed, never a tree node. */
    private static final Set<Class<?>> ENGINE_MAY_NAME = Set.of(Executor.class, Prepared.class, Query.class,
            Row.class, RowMapper.class, Placeholder.class, Table.class);

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("(**)").should().beFreeOfCycles().check(QuarryClasses.MAIN);
    }

    @Test
    void theEngineNamesNoQueryTreeNode() {
        noClasses().that().resideInAPackage("dev.quarry.internal.engine..")
                .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("query tree nodes") {
                    @Override
                    public boolean test(JavaClass c) {
                        JavaClass named = c.isArray() ? c.getBaseComponentType() : c;
                        return named.getPackageName().equals("dev.quarry.query")
                                && ENGINE_MAY_NAME.stream().noneMatch(named::isEquivalentTo);
                    }
                })
                .because("the engine routes and reports statements by what the dialect rendered (kind, tables), "
                        + "so a new query form never needs an engine change")
                .check(QuarryClasses.MAIN);
    }

    @Test
    void theApiPackageDoesNotNameTheEngine() {
        noClasses().that().resideInAnyPackage("dev.quarry", "dev.quarry.spi", "dev.quarry.query..",
                        "dev.quarry.schema..", "dev.quarry.error..", "dev.quarry.watch..")
                .should().dependOnClassesThat().resideInAPackage("dev.quarry.internal..")
                .because("the facade finds its engine through QuarryEngine.Factory (ServiceLoader)")
                .check(QuarryClasses.MAIN);
    }
}
