package dev.quarry.relation;

import dev.quarry.query.Column;
import dev.quarry.query.Table;
import dev.quarry.schema.ForeignKeyDef;

/**
 * A link between two tables along one foreign key, seen from one side: {@link OneToMany} from the referenced
 * (parent) table to the pointing (child) table, {@link ManyToOne} from the child to its parent. Declared once,
 * usually as a constant next to the tables, and derived from the child's {@code @References} foreign keys
 * ({@link dev.quarry.schema.TableDef#foreignKeys()}):
 *
 * <pre>{@code
 * public static final OneToMany<Album, Track> ALBUM_TRACKS = Relation.oneToMany(ALBUM, TRACK);
 * public static final ManyToOne<Track, Album> TRACK_ALBUM = Relation.manyToOne(TRACK, ALBUM);
 * // a child with two foreign keys to the same parent names the column:
 * public static final ManyToOne<Message, User> MESSAGE_SENDER = Relation.manyToOne(MESSAGE, USER, MESSAGE.senderId);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <A> the record type of the side the relation starts from
 * @param <B> the record type of the related side
 */
public sealed interface Relation<A, B> permits OneToMany, ManyToOne {

    /**
     * The relation from {@code parent} to the rows of {@code child} whose foreign key references it. The child must
     * have exactly one foreign key to the parent; otherwise name its column with
     * {@link #oneToMany(Table, Table, Column)}.
     *
     * @throws IllegalArgumentException when the child has no foreign key to the parent, or several
     */
    static <P, C> OneToMany<P, C> oneToMany(Table<P> parent, Table<C> child) {
        return new OneToMany<>(Link.find(parent, child, null));
    }

    /** {@link #oneToMany(Table, Table)} along the foreign key that holds {@code foreignKeyColumn} of the child. */
    static <P, C> OneToMany<P, C> oneToMany(Table<P> parent, Table<C> child, Column<?> foreignKeyColumn) {
        return new OneToMany<>(Link.find(parent, child, foreignKeyColumn));
    }

    /**
     * The relation from rows of {@code child} to the {@code parent} row their foreign key references. The child
     * must have exactly one foreign key to the parent; otherwise use {@link #manyToOne(Table, Table, Column)}.
     *
     * @throws IllegalArgumentException when the child has no foreign key to the parent, or several
     */
    static <C, P> ManyToOne<C, P> manyToOne(Table<C> child, Table<P> parent) {
        return new ManyToOne<>(Link.find(parent, child, null));
    }

    /** {@link #manyToOne(Table, Table)} along the foreign key that holds {@code foreignKeyColumn} of the child. */
    static <C, P> ManyToOne<C, P> manyToOne(Table<C> child, Table<P> parent, Column<?> foreignKeyColumn) {
        return new ManyToOne<>(Link.find(parent, child, foreignKeyColumn));
    }

    /** The table the relation starts from. */
    Table<A> from();

    /** The related table. */
    Table<B> to();

    /** The foreign key the relation follows (declared on the child table). */
    ForeignKeyDef foreignKey();

    /** The same relation seen from the other side. */
    Relation<B, A> inverse();
}
