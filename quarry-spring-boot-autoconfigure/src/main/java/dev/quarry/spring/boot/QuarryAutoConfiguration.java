package dev.quarry.spring.boot;

import dev.quarry.CallbackErrorHandler;
import dev.quarry.ConnectionHook;
import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.StatementListener;
import dev.quarry.spring.QuarryTransactionManager;
import dev.quarry.spring.SpringTransactions;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionManagerCustomizers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionManager;

/**
 * A {@link Quarry} bean, in one of two ways:
 * <ul>
 *   <li>{@code quarry.url} set: Quarry opens the database itself (for SQLite, its engine: one writer, a pool of
 *       readers), and a {@link QuarryTransactionManager} is the application's transaction manager unless it has
 *       one;</li>
 *   <li>otherwise, on the application's single {@link DataSource} (PostgreSQL, MariaDB) with
 *       {@link SpringTransactions}: its statements join the transactions Spring's transaction manager runs on that
 *       DataSource.</li>
 * </ul>
 * The settings are the {@code quarry.*} properties ({@link QuarryProperties}), then every {@link ConnectionHook}
 * bean ({@code onConnect}, in order), every {@link StatementListener} bean (all told each statement), a
 * {@link CallbackErrorHandler} bean, then the {@link QuarrySettingsCustomizer} beans. The bean is closed with the
 * context; a DataSource stays the application's. With {@code quarry.migrate.enabled=true} the database is migrated
 * ({@link QuarryStartupMigration}) before the bean is handed out.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        before = {DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class})
@ConditionalOnClass(Quarry.class)
@EnableConfigurationProperties(QuarryProperties.class)
@Import({QuarryAutoConfiguration.OwnConnections.class, QuarryAutoConfiguration.OnDataSource.class,
        QuarryAutoConfiguration.MigrateOnStart.class})
public class QuarryAutoConfiguration {

    /** The settings from the properties and the beans. */
    static QuarrySettings.Builder settings(QuarryProperties properties, ObjectProvider<ConnectionHook> hooks,
                                           ObjectProvider<StatementListener> listeners,
                                           ObjectProvider<CallbackErrorHandler> callbackErrors,
                                           ObjectProvider<QuarrySettingsCustomizer> customizers) {
        QuarrySettings.Builder b = properties.toSettings();
        hooks.orderedStream().forEach(b::onConnect);
        StatementListener listener = StatementListeners.of(listeners.orderedStream().toList());
        if (listener != StatementListener.NONE) {
            b.onStatement(listener);
        }
        callbackErrors.ifUnique(b::onCallbackError);
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b;
    }

    /**
     * Runs the startup migration on {@code db} when {@code quarry.migrate.enabled}, closing {@code db} if it fails: no
     * bean ever sees a database that is not migrated.
     */
    static Quarry migrated(Quarry db, QuarryProperties properties, ObjectProvider<QuarryStartupMigration> migration) {
        if (!properties.getMigrate().isEnabled()) {
            return db;
        }
        try {
            QuarryStartupMigration m = migration.getIfAvailable();
            if (m == null) {
                throw new IllegalStateException("quarry.migrate.enabled=true, but quarry-migrate is not on the class "
                        + "path: add the dependency dev.quarry:quarry-migrate, or set quarry.migrate.enabled=false");
            }
            m.migrate(db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** {@code quarry.url}: Quarry's own connections, and its transaction manager. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "quarry", name = "url")
    static class OwnConnections {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        Quarry quarry(QuarryProperties properties, ObjectProvider<ConnectionHook> hooks,
                      ObjectProvider<StatementListener> listeners, ObjectProvider<CallbackErrorHandler> callbackErrors,
                      ObjectProvider<QuarrySettingsCustomizer> customizers,
                      ObjectProvider<QuarryStartupMigration> migration) {
            return migrated(Quarry.open(properties.getUrl(),
                    settings(properties, hooks, listeners, callbackErrors, customizers).build()), properties, migration);
        }

        @Bean
        @ConditionalOnMissingBean(TransactionManager.class)
        QuarryTransactionManager transactionManager(Quarry quarry,
                                                    ObjectProvider<TransactionManagerCustomizers> customizers) {
            QuarryTransactionManager manager = new QuarryTransactionManager(quarry);
            customizers.ifAvailable(c -> c.customize(manager));
            return manager;
        }
    }

    /** No {@code quarry.url}: the application's DataSource, joining Spring's transactions on it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(DataSourceUtils.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    static class OnDataSource {

        @Bean(destroyMethod = "close")
        @ConditionalOnMissingBean
        Quarry quarry(DataSource dataSource, QuarryProperties properties, ObjectProvider<ConnectionHook> hooks,
                      ObjectProvider<StatementListener> listeners, ObjectProvider<CallbackErrorHandler> callbackErrors,
                      ObjectProvider<QuarrySettingsCustomizer> customizers,
                      ObjectProvider<QuarryStartupMigration> migration) {
            return migrated(Quarry.open(dataSource, settings(properties, hooks, listeners, callbackErrors, customizers)
                    .externalTransactions(new SpringTransactions(dataSource)).build()), properties, migration);
        }
    }

    /** {@code quarry.migrate.enabled=true} with quarry-migrate on the class path: its runner, unless the application's. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.quarry.migrate.Migrator")
    @ConditionalOnProperty(prefix = "quarry.migrate", name = "enabled", havingValue = "true")
    static class MigrateOnStart {

        @Bean
        @ConditionalOnMissingBean
        QuarryStartupMigration quarryStartupMigration(QuarryProperties properties, ResourceLoader resources) {
            return new MigratorStartupMigration(properties.getMigrate().getLocation(),
                    ResourcePatternUtils.getResourcePatternResolver(resources));
        }
    }
}
