package dev.quarry.bench.narrow;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The five columns the Hibernate user entities share; the id is assigned by the application, so inserts batch. */
@MappedSuperclass
public abstract class UserColumns {
    @Id
    private int id;
    private String name;
    private String email;
    private int age;
    @Column(name = "created_at")
    private long createdAt;

    protected UserColumns() {
    }

    protected UserColumns(User u) {
        id = u.id();
        name = u.name();
        email = u.email();
        age = u.age();
        createdAt = u.createdAt();
    }

    /** The user this entity holds. */
    public final User toUser() {
        return new User(id, name, email, age, createdAt);
    }
}
