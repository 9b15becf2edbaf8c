package dev.quarry.spring.boot;

import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A Spring Boot application context on the test's database, as an application gets it: on SQLite, {@code quarry.url}
 * and Quarry's transaction manager; on PostgreSQL and MariaDB, Boot's DataSource and DataSourceTransactionManager
 * ({@code spring-boot-starter-jdbc}) with Quarry joining them.
 */
final class SpringDatabases {
    private SpringDatabases() {
    }

    static ApplicationContextRunner runner(TestDb t) {
        ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(
                QuarryAutoConfiguration.class, TransactionAutoConfiguration.class, AopAutoConfiguration.class));
        if (t.is(TestTarget.SQLITE)) {
            return runner.withPropertyValues("quarry.url=" + t.url());
        }
        return runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=" + t.url(), "spring.datasource.hikari.maximum-pool-size=4");
    }
}
