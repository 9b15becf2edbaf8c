package dev.quarry.bench.hibernate;

import dev.quarry.bench.model.BenchRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An entity of {@code bench_stream}. */
@Entity
@Table(name = "bench_stream")
public class StreamRowEntity extends RowColumns {
    protected StreamRowEntity() {
    }

    public StreamRowEntity(BenchRow r) {
        super(r);
    }
}
