package dev.quarry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.spi.ResourceCounts;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeaksTest {

    @Test
    void nothingOpenIsNoLeak() {
        assertThat(Leaks.leak(ResourceCounts.NONE, ResourceCounts.NONE)).isNull();
    }

    @Test
    void aCursorLeftOpenIsALeakNamingIt() {
        assertThat(Leaks.leak(ResourceCounts.NONE, new ResourceCounts(1, 0, 2, 0, 0)))
                .contains("1 connection", "2 result sets").doesNotContain("statement");
        assertThat(Leaks.leak(ResourceCounts.NONE, new ResourceCounts(0, 0, 0, 1, 1)))
                .contains("1 dedicated connection", "1 background task");
    }

    @Test
    void anEarlierTestsLeakIsNotBlamedOnTheNextTest() {
        assertThat(Leaks.leak(new ResourceCounts(1, 0, 0, 0, 0), new ResourceCounts(1, 0, 0, 0, 0))).isNull();
        assertThat(Leaks.leak(new ResourceCounts(1, 0, 0, 0, 0), new ResourceCounts(2, 0, 0, 0, 0)))
                .contains("2 connections (1 before it)");
    }

    @Test
    void theCheckFailsWhileAHandleTheTestOpenedItselfHoldsAStream(@TempDir Path dir) {
        ResourceCounts before = Leaks.now();
        try (Quarry db = Quarry.open("jdbc:sqlite:" + dir.resolve("probe.db"))) {
            db.sql("CREATE TABLE t (x INTEGER)").execute();
            db.sql("INSERT INTO t VALUES (1), (2)").execute();
            Stream<Long> rows = db.sql("SELECT x FROM t").stream(r -> r.getLong(0));
            Iterator<Long> it = rows.iterator();
            assertThat(it.next()).isEqualTo(1L);
            assertThatThrownBy(() -> Leaks.assertNoLeak(before, "probe"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("probe: the test left 1 connection, 1 statement, 1 result set");
            rows.close();
            Leaks.assertNoLeak(before, "probe");
        }
    }
}
