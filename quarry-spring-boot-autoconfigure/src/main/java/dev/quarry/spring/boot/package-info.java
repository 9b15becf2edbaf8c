/**
 * Spring Boot auto-configuration for Quarry: {@link dev.quarry.spring.boot.QuarryAutoConfiguration} (the
 * {@code Quarry} bean, transactions), the {@code quarry.*} properties ({@link dev.quarry.spring.boot.QuarryProperties})
 * and their customizer. Applications depend on quarry-spring-boot-starter. See docs/spring.md.
 */
package dev.quarry.spring.boot;
