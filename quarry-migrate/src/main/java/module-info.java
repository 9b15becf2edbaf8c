/**
 * Quarry's migrations, built on quarry-core's published SPI only ({@code dev.quarry.spi}): so far, a live
 * database's schema read into Quarry's schema model ({@link dev.quarry.migrate.SchemaIntrospection},
 * {@link dev.quarry.migrate.SchemaSnapshot}) and the comparison of a declared table with a live one
 * ({@link dev.quarry.migrate.SchemaComparison}).
 */
module dev.quarry.migrate {
    requires transitive dev.quarry.core;
    requires com.fasterxml.jackson.databind;

    exports dev.quarry.migrate;
}
