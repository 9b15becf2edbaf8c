/**
 * Quarry in Spring, without Spring Boot: {@link dev.quarry.spring.SpringTransactions} makes Quarry's statements join
 * Spring's transactions on a {@code DataSource}; {@link dev.quarry.spring.QuarryTransactionManager} is a
 * {@code PlatformTransactionManager} on a database Quarry opened itself (SQLite's engine). See docs/spring.md.
 */
package dev.quarry.spring;
