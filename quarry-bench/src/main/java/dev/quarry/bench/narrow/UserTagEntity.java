package dev.quarry.bench.narrow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Hibernate entity of {@code user_tag}; joined to {@link UserEntity} by an entity join on {@code userId}. */
@Entity
@Table(name = "user_tag")
public class UserTagEntity {
    @Id
    private int id;
    @Column(name = "user_id")
    private int userId;
    private int category;
    private String label;

    protected UserTagEntity() {
    }
}
