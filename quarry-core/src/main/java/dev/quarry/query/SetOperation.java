package dev.quarry.query;

/**
 * {@code UNION [ALL] query}, attached to the select before it.
 *
 * @param all   whether duplicates are kept
 * @param query the other select
 */
public record SetOperation(boolean all, SelectQuery query) {
}
