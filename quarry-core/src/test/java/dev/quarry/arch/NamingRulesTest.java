package dev.quarry.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Small units with exact names (STYLE.md 13): no grab-bag classes, in main or test code. */
class NamingRulesTest {

    @Test
    void noClassIsAGrabBagOfHelpers() {
        ArchRule rule = noClasses()
                .should().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Tools")
                .orShould().haveSimpleNameEndingWith("Helpers")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Manager")
                .because("a class named for what it holds, not for being a bag of statics, stays small (STYLE.md 13)");
        rule.check(QuarryClasses.MAIN_AND_TESTS);
    }
}
