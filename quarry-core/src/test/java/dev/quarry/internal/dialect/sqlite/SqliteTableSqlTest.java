package dev.quarry.internal.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What is read from a CREATE TABLE text: constraint names, checks, AUTOINCREMENT. */
class SqliteTableSqlTest {

    @Test
    void namedAndUnnamedConstraintsAtColumnAndTableLevel() {
        SqliteTableSql t = SqliteTableSql.parse("CREATE TABLE \"a b\" ( -- a comment, with a comma\n"
                + " \"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,"
                + " code VARCHAR(10, 2) CONSTRAINT code_key UNIQUE CHECK (code <> 'x, y)'),"
                + " p INTEGER CONSTRAINT p_fk REFERENCES parent (id) ON DELETE SET NULL,"
                + " q INTEGER DEFAULT (abs(-1)) REFERENCES [other] /* block, comment */,"
                + " CONSTRAINT \"pq_key\" UNIQUE (p, q COLLATE NOCASE),"
                + " UNIQUE (q),"
                + " CONSTRAINT `t_fk` FOREIGN KEY (p, q) REFERENCES parent (a, b),"
                + " CHECK ((p > q)), CONSTRAINT named_check CHECK (q IN (1, 2)))");

        assertThat(t.isAutoincrement("ID")).isTrue();
        assertThat(t.isAutoincrement("code")).isFalse();
        assertThat(t.uniques()).containsExactly(new SqliteTableSql.Keyed("code_key", List.of("code"), null),
                new SqliteTableSql.Keyed("pq_key", List.of("p", "q"), null),
                new SqliteTableSql.Keyed(null, List.of("q"), null));
        assertThat(t.foreignKeys()).containsExactly(new SqliteTableSql.Keyed("p_fk", List.of("p"), "parent"),
                new SqliteTableSql.Keyed(null, List.of("q"), "other"),
                new SqliteTableSql.Keyed("t_fk", List.of("p", "q"), "parent"));
        assertThat(t.checks()).containsExactly(new SqliteTableSql.Check(null, "code", "code <> 'x, y)'"),
                new SqliteTableSql.Check(null, null, "(p > q)"),
                new SqliteTableSql.Check("named_check", null, "q IN (1, 2)"));
    }

    @Test
    void aTableMadeFromASelectHasNoConstraints() {
        SqliteTableSql t = SqliteTableSql.parse("CREATE TABLE copy AS SELECT * FROM t");
        assertThat(t.uniques()).isEmpty();
        assertThat(t.checks()).isEmpty();
    }
}
