package dev.quarry.spring.boot;

import dev.quarry.Quarry;
import java.util.Map;
import org.springframework.boot.actuate.autoconfigure.health.CompositeHealthContributorConfiguration;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The Actuator health contributor {@code quarry} ({@link QuarryHealthIndicator}), one per {@code Quarry} bean;
 * {@code management.health.quarry.enabled=false} turns it off.
 */
@AutoConfiguration(after = QuarryAutoConfiguration.class)
@ConditionalOnClass({Quarry.class, HealthIndicator.class})
@ConditionalOnBean(Quarry.class)
@ConditionalOnEnabledHealthIndicator("quarry")
public class QuarryHealthContributorAutoConfiguration
        extends CompositeHealthContributorConfiguration<QuarryHealthIndicator, Quarry> {

    QuarryHealthContributorAutoConfiguration() {
        super(QuarryHealthIndicator::new);
    }

    @Bean
    @ConditionalOnMissingBean(name = {"quarryHealthIndicator", "quarryHealthContributor"})
    HealthContributor quarryHealthContributor(Map<String, Quarry> databases) {
        return createContributor(databases);
    }
}
