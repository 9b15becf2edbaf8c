package dev.quarry.relation;

import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyDef;

/**
 * A parent table's link to the rows of a child table that reference it: an album's tracks. Made by
 * {@link Relation#oneToMany(Table, Table)}; {@link #children()} starts an {@link Include} that loads them. Immutable
 * and thread-safe.
 *
 * @param <P> the parent record type
 * @param <C> the child record type
 */
public final class OneToMany<P, C> implements Relation<P, C> {
    private final Link<P, C> link;

    OneToMany(Link<P, C> link) {
        this.link = link;
    }

    /**
     * Loads each parent's children, as a list ordered by the child's primary key unless
     * {@link IncludeMany#orderBy} says otherwise; a parent without children gets an empty list.
     */
    public IncludeMany<P, C, C> children() {
        return IncludeMany.of(link);
    }

    @Override
    public Table<P> from() {
        return link.parent();
    }

    @Override
    public Table<C> to() {
        return link.child();
    }

    @Override
    public ForeignKeyDef foreignKey() {
        return link.foreignKey();
    }

    @Override
    public ManyToOne<C, P> inverse() {
        return new ManyToOne<>(link);
    }

    Link<P, C> link() {
        return link;
    }

    @Override
    public String toString() {
        return "OneToMany[" + link + "]";
    }
}
