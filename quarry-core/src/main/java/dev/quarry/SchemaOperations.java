package dev.quarry;

import dev.quarry.query.Table;

/**
 * Creates and drops tables from their definitions: the development convenience; migrations are the way for real
 * deployments. Tables are created parents first and dropped children first, whatever order they are given in.
 */
public interface SchemaOperations {

    /** {@code CREATE TABLE} for each table and its indexes; fails if one exists. */
    void create(Table<?>... tables);

    /** {@code CREATE TABLE IF NOT EXISTS} for each table and its indexes. */
    void createIfNotExists(Table<?>... tables);

    /** {@code DROP TABLE} for each table; fails if one is missing. */
    void drop(Table<?>... tables);

    /** {@code DROP TABLE IF EXISTS} for each table. */
    void dropIfExists(Table<?>... tables);
}
