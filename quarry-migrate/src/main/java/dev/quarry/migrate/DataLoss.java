package dev.quarry.migrate;

/**
 * Whether a migration may make a change that can lose data: drop a table or a column, change a column to a type
 * that may not hold every value, make a column NOT NULL without a default. See {@link SchemaDiff#destructive()}.
 */
public enum DataLoss {
    /** Refuse such changes with {@link DestructiveChangeException}, before anything runs. */
    REFUSE,
    /** Make them: the caller has confirmed each one. */
    ALLOW
}
