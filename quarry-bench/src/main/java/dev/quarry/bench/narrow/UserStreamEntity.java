package dev.quarry.bench.narrow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A Hibernate entity of {@code users_stream}. */
@Entity
@Table(name = "users_stream")
public class UserStreamEntity extends UserColumns {
    protected UserStreamEntity() {
    }

    public UserStreamEntity(User u) {
        super(u);
    }
}
