/**
 * Migrations from the code's schema (issue 10), built on quarry-core's published SPI only. So far the first step:
 * {@link dev.quarry.migrate.SchemaIntrospection} reads a live database into a {@link dev.quarry.migrate.SchemaSnapshot}
 * of {@link dev.quarry.schema.TableDef}s through {@link dev.quarry.spi.Introspector}, and
 * {@link dev.quarry.migrate.SchemaComparison} says how a declared table and a live one differ, ignoring only the
 * normalisations each database forces (docs/migrations.md): the equality the diff will be built on.
 */
package dev.quarry.migrate;
