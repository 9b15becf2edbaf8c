package dev.quarry.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.error.MisuseException;
import org.junit.jupiter.api.Test;

class SqlKindTest {
    @Test
    void selectsAndValuesReadAfterCommentsAndParentheses() {
        assertThat(SqlKind.classify("select 1")).isEqualTo(Access.READ);
        assertThat(SqlKind.classify("  -- note\n /* x */ (SELECT 1) UNION (SELECT 2)")).isEqualTo(Access.READ);
        assertThat(SqlKind.classify("WITH t AS (SELECT 1) SELECT * FROM t")).isEqualTo(Access.READ);
        assertThat(SqlKind.classify("values (1)")).isEqualTo(Access.READ);
    }

    @Test
    void aWriteKeywordAnywhereSendsAReadingStatementToTheWriter() {
        assertThat(SqlKind.classify("WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d")).isEqualTo(Access.WRITE);
        assertThat(SqlKind.classify("SELECT * FROM t FOR UPDATE")).isEqualTo(Access.WRITE);
        assertThat(SqlKind.classify("SELECT * INTO copy FROM t")).isEqualTo(Access.WRITE);
    }

    @Test
    void everythingElseWritesAndPragmasRunOutsideATransaction() {
        assertThat(SqlKind.classify("insert into t values (1)")).isEqualTo(Access.WRITE);
        assertThat(SqlKind.classify("CREATE TABLE t (x)")).isEqualTo(Access.WRITE);
        assertThat(SqlKind.classify("PRAGMA journal_mode = DELETE")).isEqualTo(Access.BARE_WRITE);
        assertThat(SqlKind.classify("vacuum")).isEqualTo(Access.BARE_WRITE);
    }

    @Test
    void handWrittenTransactionControlIsRefused() {
        assertThatThrownBy(() -> SqlKind.classify("BEGIN")).isInstanceOf(MisuseException.class)
                .hasMessageContaining("db.transaction");
        assertThatThrownBy(() -> SqlKind.classify("commit")).isInstanceOf(MisuseException.class);
    }
}
