package dev.quarry.spi;

import dev.quarry.schema.TableDef;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a live database's schema into Quarry's schema model ({@link TableDef}), each database its own way (its
 * catalog), so a module never writes catalog SQL per database. Obtain it from {@link Platform#introspector()} and
 * call it with a connection lent by {@code db.withConnection(ConnectionAccess.READ, c -> ...)}. Stateless and
 * thread-safe.
 *
 * <h2>What is read</h2>
 * Columns in order with their type, nullability, default and whether the database generates their values; the
 * primary key (composite too); unique constraints and unique indexes, told apart where the database keeps the
 * difference; plain indexes; foreign keys with their columns, referenced table and columns and their ON DELETE and
 * ON UPDATE actions; check constraints with their expression as the database prints it.
 *
 * <p>A column's type is the portable {@link dev.quarry.schema.DataType} Quarry's own DDL writes as that database
 * type (PostgreSQL {@code varchar(40)} is {@code STRING(40)}, SQLite {@code INTEGER} is {@code LONG}); any other type
 * is kept as {@link dev.quarry.schema.DataType#ofNative native}, by the database's name for it. A default is a value
 * in Java's printed form ({@link dev.quarry.annotation.Default}'s form, {@code NOW} for the current-time expression
 * Quarry writes for the column's type) when it is a literal of the column's type, else an SQL expression
 * ({@link dev.quarry.schema.ColumnDef#defaultExpression()}).
 *
 * <p>Not read (the model has no place for them): collations and character sets, index methods, sort orders,
 * partial and expression indexes (left out), prefix lengths (MariaDB; such an index is left out), computed
 * columns (left out), MariaDB's {@code ON UPDATE} clause of a timestamp column, deferrable constraints. A table
 * without a primary key cannot be read (the model requires one). docs/migrations.md lists what each database changes
 * in what Quarry creates; {@link #normalise} applies exactly those changes to a model.
 *
 * <p>Each call reads the catalog in several queries outside any transaction: DDL that runs meanwhile may be seen
 * half-way.
 */
public interface Introspector {

    /**
     * The tables of the connection's current schema, sorted by name: SQLite's {@code main} database without its own
     * {@code sqlite_*} tables, PostgreSQL's {@code current_schema()}, MariaDB's current database. Views are not
     * tables.
     */
    List<String> tableNames(Connection connection) throws SQLException;

    /**
     * The table of the current schema whose name is exactly {@code name} (case counts), read from the catalog; empty
     * when there is no such table (a view is not one).
     *
     * @throws dev.quarry.error.UnsupportedFeatureException if the table has no primary key, which the model needs
     */
    Optional<TableDef> table(Connection connection, String name) throws SQLException;

    /**
     * Every table of {@link #tableNames}, in that order. A table dropped between the two reads is left out.
     *
     * @throws dev.quarry.error.UnsupportedFeatureException if a table has no primary key
     */
    default List<TableDef> tables(Connection connection) throws SQLException {
        List<TableDef> out = new ArrayList<>();
        for (String name : tableNames(connection)) {
            table(connection, name).ifPresent(out::add);
        }
        return out;
    }

    /**
     * {@code declared} as this database reads it back after creating it with {@link DdlOperations#createTable}: the
     * same model with this database's normalisations applied, and nothing else changed. Types become what this
     * database stores them as (SQLite keeps every integer type as {@code LONG}, MariaDB an unbounded keyed string as
     * {@code STRING(255)}), defaults take the form this introspector reads them in, and a unique index becomes a
     * constraint where the database keeps no difference. Check expressions and native type names are left as
     * written: databases reformat them in ways not predicted here (see docs/migrations.md). So
     * {@code normalise(def)} and {@code table(c, def.name())} describe the same table when the table was created from
     * {@code def}.
     *
     * @throws IllegalArgumentException if a default of {@code declared} is invalid for its column (as creating the
     *                                  table would)
     */
    TableDef normalise(TableDef declared);
}
