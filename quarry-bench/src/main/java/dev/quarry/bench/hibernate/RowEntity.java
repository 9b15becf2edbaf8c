package dev.quarry.bench.hibernate;

import dev.quarry.bench.model.BenchRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An entity of {@code bench_row}. */
@Entity
@Table(name = "bench_row")
public class RowEntity extends RowColumns {
    protected RowEntity() {
    }

    public RowEntity(BenchRow r) {
        super(r);
    }
}
