package dev.quarry.query;

/**
 * A join waiting for its ON condition.
 *
 * @param <R> the select's row type
 */
public final class JoinStep<R> {
    private final Select<R> select;
    private final JoinType type;
    private final FromItem item;

    JoinStep(Select<R> select, JoinType type, FromItem item) {
        this.select = select;
        this.type = type;
        this.item = item;
    }

    /** Completes the join. */
    public Select<R> on(Condition condition) {
        return select.withJoin(new Join(type, item, condition));
    }
}
