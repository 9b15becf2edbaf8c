package dev.quarry.internal.dialect.postgres;

import dev.quarry.spi.Capabilities;
import dev.quarry.internal.dialect.render.SqlRenderer;
import dev.quarry.internal.dialect.render.SqlWriter;
import dev.quarry.query.Expression;
import java.util.List;

/**
 * PostgreSQL's spelling of queries. The shared renderer writes standard SQL, which PostgreSQL accepts as it is:
 * {@code ||}, {@code char_length}, {@code NULLS FIRST/LAST}, {@code OFFSET} alone, {@code ON CONFLICT},
 * {@code RETURNING}. Overrides: case folding, string literals, and GREATEST/LEAST with a NULL. Immutable.
 */
final class PostgresRenderer extends SqlRenderer {
    /**
     * The C library's UTF-8 locale: folds every letter one by one
     * (https://www.postgresql.org/docs/current/collation.html).
     */
    static final String C_UTF8 = "C.utf8";

    private final String foldCollation;

    PostgresRenderer(String database, Capabilities capabilities, String foldCollation) {
        super(database, capabilities, PostgresDialect.QUOTING);
        this.foldCollation = foldCollation;
    }

    /**
     * Quarry's text columns use {@code COLLATE "C"} so that they sort by code point like SQLite and MariaDB; but
     * {@code lower}/{@code upper} follow the collation of their argument, and "C" folds ASCII only. Folding in a
     * Unicode collation makes {@code lower('Ö')} 'ö' as on the other databases.
     */
    @Override
    protected void caseFold(String function, Expression<?> argument, SqlWriter w) {
        w.append(function).append("((");
        expression(argument, w);
        w.append(") COLLATE ");
        w.identifier(foldCollation);
        w.append(')');
    }

    /**
     * {@code GREATEST}/{@code LEAST} skip NULLs on PostgreSQL
     * (https://www.postgresql.org/docs/current/functions-conditional.html#FUNCTIONS-GREATEST-LEAST), where MariaDB
     * and SQLite give NULL: a NULL argument makes the whole NULL here too.
     */
    @Override
    protected void extreme(boolean greatest, List<Expression<?>> args, SqlWriter w) {
        w.append("CASE WHEN ");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                w.append(" OR ");
            }
            operand(args.get(i), w);
            w.append(" IS NULL");
        }
        w.append(" THEN NULL ELSE ");
        super.extreme(greatest, args, w);
        w.append(" END");
    }

    /**
     * An escape string {@code E'...'}: its backslash escapes hold whatever {@code standard_conforming_strings} is set
     * to, so backslashes and quote marks are doubled and nothing else means anything
     * (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-SYNTAX-STRINGS-ESCAPE).
     */
    @Override
    protected void stringLiteral(String text, SqlWriter w) {
        StringBuilder b = new StringBuilder(text.length() + 3).append("E'");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\\') {
                b.append(c);
            }
            b.append(c);
        }
        w.append(b.append('\'').toString());
    }
}
