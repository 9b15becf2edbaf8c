/**
 * The schema model: {@link dev.quarry.schema.TableDef tables}, {@link dev.quarry.schema.ColumnDef columns},
 * {@link dev.quarry.schema.DataType portable types}, keys and indexes. Plain immutable values; no JDBC, no dialect.
 */
package dev.quarry.schema;
