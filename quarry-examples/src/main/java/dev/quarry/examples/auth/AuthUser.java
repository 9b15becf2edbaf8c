package dev.quarry.examples.auth;

import dev.quarry.annotation.Column;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.Table;
import dev.quarry.annotation.Unique;
import java.time.Instant;

/** A user of the auth store (Lucia's {@code auth_user}). */
@Table("auth_user")
public record AuthUser(@Id String id, @Unique @Column(length = 254) String email, Instant createdAt) {
}
