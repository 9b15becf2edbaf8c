package dev.quarry.examples.auth;

import dev.quarry.annotation.Id;
import dev.quarry.annotation.Nullable;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;

/**
 * A way to log in as a user (Lucia's {@code user_key}): the id is {@code provider:identifier}, here
 * {@code email:<address>}; the password hash is a PBKDF2 string, null for keys without a password.
 */
@Table("user_key")
public record UserKey(@Id String id,
                      @References(value = AuthUser.class, onDelete = ReferentialAction.CASCADE) String userId,
                      @Nullable String hashedPassword) {
}
