package dev.quarry.bench.narrow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A Hibernate entity of {@code users}. */
@Entity
@Table(name = "users")
public class UserEntity extends UserColumns {
    protected UserEntity() {
    }

    public UserEntity(User u) {
        super(u);
    }
}
