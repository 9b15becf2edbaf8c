/**
 * The schema model: {@link dev.quarry.schema.TableDef tables}, {@link dev.quarry.schema.ColumnDef columns},
 * {@link dev.quarry.schema.DataType portable types} (and native ones, as introspection reads them), keys, unique
 * constraints and indexes, foreign keys and {@link dev.quarry.schema.CheckDef check constraints}. Plain immutable
 * values; no JDBC, no dialect. The annotation processor writes it from {@code @Table} records; each dialect's
 * {@link dev.quarry.spi.Introspector} reads a live table into it.
 */
package dev.quarry.schema;
