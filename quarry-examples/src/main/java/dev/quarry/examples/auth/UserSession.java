package dev.quarry.examples.auth;

import dev.quarry.annotation.Id;
import dev.quarry.annotation.Index;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.annotation.References;
import dev.quarry.annotation.Table;

/**
 * A login session (Lucia's {@code user_session}): active until {@code activeExpires}, renewable until
 * {@code idleExpires}, both epoch milliseconds as Lucia stores them.
 */
@Table("user_session")
public record UserSession(@Id String id,
                          @Index @References(value = AuthUser.class, onDelete = ReferentialAction.CASCADE)
                          String userId,
                          long activeExpires,
                          long idleExpires) {
}
