package dev.quarry.relation;

import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyDef;

/**
 * A child table's link to the parent row its foreign key references: a track's album. Made by
 * {@link Relation#manyToOne(Table, Table)}; {@link #parent()} starts an {@link Include} that loads it. Immutable
 * and thread-safe.
 *
 * @param <C> the child record type
 * @param <P> the parent record type
 */
public final class ManyToOne<C, P> implements Relation<C, P> {
    private final Link<P, C> link;

    ManyToOne(Link<P, C> link) {
        this.link = link;
    }

    /**
     * Loads each child's parent; null for a child whose foreign key is NULL (or names a row that is not there, or
     * that {@link IncludeOne#where} filters out).
     */
    public IncludeOne<C, P, P> parent() {
        return IncludeOne.of(link);
    }

    @Override
    public Table<C> from() {
        return link.child();
    }

    @Override
    public Table<P> to() {
        return link.parent();
    }

    @Override
    public ForeignKeyDef foreignKey() {
        return link.foreignKey();
    }

    @Override
    public OneToMany<P, C> inverse() {
        return new OneToMany<>(link);
    }

    @Override
    public String toString() {
        return "ManyToOne[" + link + "]";
    }
}
