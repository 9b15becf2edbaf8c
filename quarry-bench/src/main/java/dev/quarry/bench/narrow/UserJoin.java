package dev.quarry.bench.narrow;

/**
 * One row of the narrow join: a user with the label of one of its tags.
 *
 * @param id    the user's key
 * @param name  the user's name
 * @param email the user's email
 * @param label the tag's label
 */
public record UserJoin(int id, String name, String email, String label) {
}
