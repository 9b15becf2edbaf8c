/**
 * The published SPI: what Quarry's own modules (migrations, watched queries, replicas, the CLI, the Studio) and
 * users who extend Quarry may use beyond the DSL, and nothing else. Start at {@link dev.quarry.spi.Platform}
 * ({@code db.platform()}); {@link dev.quarry.spi.Capabilities} ({@code db.capabilities()}) says what a database
 * can do, so no module compares database names; {@code db.withConnection(...)} lends a raw JDBC connection for one
 * piece of work. Everything under {@code dev.quarry.internal} is closed to other modules (an ArchUnit rule in every
 * module enforces it); if a module needs more, this package grows, deliberately, with Javadoc. See docs/spi.md.
 */
package dev.quarry.spi;
