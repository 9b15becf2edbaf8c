package dev.quarry.bench.narrow;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A Hibernate entity of {@code users_insert}. */
@Entity
@Table(name = "users_insert")
public class UserInsertEntity extends UserColumns {
    protected UserInsertEntity() {
    }

    public UserInsertEntity(User u) {
        super(u);
    }
}
