package dev.quarry.bench.hibernate;

import dev.quarry.bench.model.BenchRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An entity of {@code bench_insert}. */
@Entity
@Table(name = "bench_insert")
public class InsertRowEntity extends RowColumns {
    protected InsertRowEntity() {
    }

    public InsertRowEntity(BenchRow r) {
        super(r);
    }
}
