package dev.quarry.bench.hibernate;

import dev.quarry.bench.model.BenchRow;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The five columns the row entities share; the id is assigned by the application, so Hibernate can batch inserts
 * (an identity column would stop it).
 */
@MappedSuperclass
public abstract class RowColumns {
    @Id
    private long id;
    private String name;
    private int quantity;
    private double price;
    @Column(name = "created_at")
    private long createdAt;

    protected RowColumns() {
    }

    protected RowColumns(BenchRow r) {
        set(r);
    }

    /** Copies every column of {@code r}. */
    public final void set(BenchRow r) {
        id = r.id();
        name = r.name();
        quantity = r.quantity();
        price = r.price();
        createdAt = r.createdAt();
    }

    /** The row this entity holds. */
    public final BenchRow toRow() {
        return new BenchRow(id, name, quantity, price, createdAt);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public double getPrice() {
        return price;
    }

    public long getCreatedAt() {
        return createdAt;
    }
}
