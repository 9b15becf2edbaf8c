package dev.quarry.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md point one way (STYLE.md 15): annotation, schema, query, dialect, engine, facade; vendor
 * driver classes stay in their dialect's folder; nothing outside the dialect package names a database's dialect.
 * Main classes only.
 */
class LayerRulesTest {
    private static final String ANNOTATION = "dev.quarry.annotation..";
    private static final String SCHEMA = "dev.quarry.schema..";
    private static final String QUERY = "dev.quarry.query..";
    private static final String ERROR = "dev.quarry.error..";
    private static final String DIALECT = "dev.quarry.internal.dialect..";
    private static final String ENGINE = "dev.quarry.internal.engine..";
    private static final String SQLITE_DIALECT = "dev.quarry.internal.dialect.sqlite..";
    private static final String POSTGRES_DIALECT = "dev.quarry.internal.dialect.postgres..";
    private static final String MARIADB_DIALECT = "dev.quarry.internal.dialect.mariadb..";

    @Test
    void annotationsDependOnNothingElseInQuarry() {
        ArchRule rule = noClasses()
                .that().resideInAPackage(ANNOTATION)
                .should().dependOnClassesThat(resideInAPackage("dev.quarry..").and(not(resideInAPackage(ANNOTATION))));
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void schemaDependsOnlyOnAnnotations() {
        ArchRule rule = classes()
                .that().resideInAPackage(SCHEMA)
                .should().onlyDependOnClassesThat(resideInAnyPackage(SCHEMA, ANNOTATION)
                        .or(not(resideInAPackage("dev.quarry.."))));
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void queryDependsOnlyOnSchemaAnnotationsAndErrors() {
        ArchRule rule = classes()
                .that().resideInAPackage(QUERY)
                .should().onlyDependOnClassesThat(resideInAnyPackage(QUERY, SCHEMA, ANNOTATION, ERROR)
                        .or(not(resideInAPackage("dev.quarry.."))));
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void queryKnowsNoJdbc() {
        ArchRule rule = noClasses()
                .that().resideInAPackage(QUERY)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void dialectsKnowNeitherEngineNorFacade() {
        ArchRule rule = noClasses()
                .that().resideInAPackage(DIALECT)
                .should().dependOnClassesThat().resideInAPackage(ENGINE)
                .orShould().dependOnClassesThat().belongToAnyOf(dev.quarry.Quarry.class);
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void engineDoesNotReachUpToTheFacade() {
        ArchRule rule = noClasses()
                .that().resideInAPackage(ENGINE)
                .should().dependOnClassesThat().belongToAnyOf(dev.quarry.Quarry.class);
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void sqliteDriverClassesStayInTheSqliteDialect() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackage(SQLITE_DIALECT)
                .should().dependOnClassesThat().resideInAPackage("org.sqlite..");
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void postgresDriverClassesStayInThePostgresDialect() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackage(POSTGRES_DIALECT)
                .should().dependOnClassesThat().resideInAPackage("org.postgresql..");
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void mariadbDriverClassesStayInTheMariadbDialect() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackage(MARIADB_DIALECT)
                .should().dependOnClassesThat().resideInAPackage("org.mariadb..");
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void onlyTheDialectPackageNamesADatabasesDialect() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackage(DIALECT)
                .should().dependOnClassesThat().resideInAnyPackage(SQLITE_DIALECT, POSTGRES_DIALECT, MARIADB_DIALECT)
                .because("code outside the dialect asks Capabilities what a database can do, never which it is "
                        + "(STYLE.md 2)");
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void sqliteDialectDoesNotBorrowFromOtherDialects() {
        ArchRule rule = noClasses()
                .that().resideInAPackage(SQLITE_DIALECT)
                .should().dependOnClassesThat().resideInAnyPackage(POSTGRES_DIALECT, MARIADB_DIALECT);
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void postgresDialectDoesNotBorrowFromOtherDialects() {
        ArchRule rule = noClasses()
                .that().resideInAPackage(POSTGRES_DIALECT)
                .should().dependOnClassesThat().resideInAnyPackage(SQLITE_DIALECT, MARIADB_DIALECT);
        rule.check(QuarryClasses.MAIN);
    }

    @Test
    void mariadbDialectDoesNotBorrowFromOtherDialects() {
        ArchRule rule = noClasses()
                .that().resideInAPackage(MARIADB_DIALECT)
                .should().dependOnClassesThat().resideInAnyPackage(SQLITE_DIALECT, POSTGRES_DIALECT);
        rule.check(QuarryClasses.MAIN);
    }
}
