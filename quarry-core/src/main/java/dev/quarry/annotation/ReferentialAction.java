package dev.quarry.annotation;

/** What a foreign key does when the row it points at is deleted. */
public enum ReferentialAction {
    /** Reject the delete while rows point at it (checked at statement end). */
    NO_ACTION,
    /** Reject the delete while rows point at it (checked at once). */
    RESTRICT,
    /** Delete the pointing rows too. */
    CASCADE,
    /** Set the pointing column to NULL (the component must be {@link Nullable}). */
    SET_NULL
}
