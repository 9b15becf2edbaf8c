package dev.quarry.query;

/** A whole statement, ready for a dialect to render. Immutable. */
public sealed interface Query permits SelectQuery, InsertQuery, UpdateQuery, DeleteQuery, RawQuery {
}
