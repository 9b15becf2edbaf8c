package dev.quarry.internal.engine;

import dev.quarry.error.MisuseException;
import dev.quarry.internal.dialect.render.RawSql;

/**
 * Routes hand-written SQL by its leading keyword ({@link RawSql}): {@code SELECT}, {@code VALUES}, {@code WITH} and
 * {@code EXPLAIN} read unless a write keyword appears anywhere in the text (a data-modifying CTE,
 * {@code SELECT ... INTO}, {@code FOR UPDATE}); everything else writes. A false "write" only costs a trip through
 * the SQLite writer; it never loses data. Transaction control is refused: it would desynchronise Quarry's own
 * transaction handling, and {@code db.transaction(...)} does it. Stateless.
 */
final class SqlKind {

    private SqlKind() {
    }

    /** How {@code sql} must be run. */
    static Access classify(String sql) {
        String word = RawSql.firstWord(sql);
        switch (word) {
            case "SELECT", "VALUES", "WITH", "EXPLAIN", "SHOW", "DESCRIBE", "DESC":
                return RawSql.hasWriteWord(sql) ? Access.WRITE : Access.READ;
            case "PRAGMA", "VACUUM", "ATTACH", "DETACH":
                return Access.BARE_WRITE;
            case "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE":
                throw new MisuseException("hand-written transaction control ('" + word + "') would bypass Quarry's "
                        + "transactions; use db.transaction(tx -> ...) and tx.transaction(...) for savepoints");
            default:
                return Access.WRITE;
        }
    }
}
