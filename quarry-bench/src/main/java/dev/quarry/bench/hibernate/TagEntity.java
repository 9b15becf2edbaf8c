package dev.quarry.bench.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entity of {@code bench_tag}; joined to {@link RowEntity} by an entity join on {@code rowId}. */
@Entity
@Table(name = "bench_tag")
public class TagEntity {
    @Id
    private long id;
    @Column(name = "row_id")
    private long rowId;
    private int category;
    private String label;

    protected TagEntity() {
    }

    public long getId() {
        return id;
    }

    public long getRowId() {
        return rowId;
    }

    public int getCategory() {
        return category;
    }

    public String getLabel() {
        return label;
    }
}
