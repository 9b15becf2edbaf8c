package dev.quarry.spi;

import dev.quarry.schema.TableDef;
import java.util.List;

/**
 * The DDL a database needs for a table definition, each database its own way (types, quoting, keys and indexes),
 * as SQL text for a module to run or to write into a migration file. Obtain it from {@link Platform#ddl()}. The
 * migrations module grows this interface (add and drop columns, indexes, constraints, the SQLite table rebuild).
 * Stateless and thread-safe.
 */
public interface DdlOperations {

    /** The statements that create {@code table}: the table (with its constraints), then its other indexes. */
    List<String> createTable(TableDef table, boolean ifNotExists);

    /** The statement that drops {@code table}. */
    String dropTable(TableDef table, boolean ifExists);

    /** {@code name} quoted as an identifier on this database. */
    String quote(String name);
}
