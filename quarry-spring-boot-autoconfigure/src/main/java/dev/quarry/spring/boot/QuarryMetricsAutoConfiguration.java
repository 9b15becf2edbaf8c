package dev.quarry.spring.boot;

import dev.quarry.Quarry;
import dev.quarry.micrometer.QuarryMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Quarry's meters ({@link QuarryMetrics}) in the application's {@link MeterRegistry}: the metrics are a statement
 * listener bean, so the {@code Quarry} bean reports every statement to them, and each {@code Quarry} bean's
 * connections are bound once every singleton exists. Active with Micrometer and a registry (Actuator).
 */
@AutoConfiguration(after = {MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
        SimpleMetricsExportAutoConfiguration.class, QuarryAutoConfiguration.class})
@ConditionalOnClass({QuarryMetrics.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
public class QuarryMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    QuarryMetrics quarryMetrics(MeterRegistry registry) {
        return new QuarryMetrics(registry);
    }

    @Bean
    SmartInitializingSingleton quarryConnectionMetrics(QuarryMetrics metrics, ObjectProvider<Quarry> databases) {
        return () -> databases.orderedStream().forEach(metrics::bind);
    }
}
