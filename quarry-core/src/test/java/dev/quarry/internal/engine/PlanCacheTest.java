package dev.quarry.internal.engine;

import static dev.quarry.internal.engine.ItemTable.ITEM;
import static dev.quarry.query.Dsl.coalesce;
import static dev.quarry.query.Dsl.count;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans of queries built per call: one per shape, kept across calls and values, bounded, holding no user value. */
class PlanCacheTest {
    @TempDir
    Path dir;

    private static QuarryHandle withItems(Path dir, int n) {
        QuarryHandle db = SqliteFixture.withItems(dir);
        db.insertInto(ITEM).values(LongStream.rangeClosed(1, n).mapToObj(i -> new Item(i, "item " + i)).toList())
                .execute();
        return db;
    }

    @Test
    void oneShapeRunWithManyValuesKeepsOnePlan() {
        try (QuarryHandle db = withItems(dir, 100)) {
            for (long id = 1; id <= 100; id++) {
                assertThat(db.selectFrom(ITEM).where(ITEM.id.eq(id)).fetchOne().name()).isEqualTo("item " + id);
            }
            assertThat(db.plans().size()).isEqualTo(1);
            db.selectFrom(ITEM).where(ITEM.name.eq("item 7")).fetch();
            assertThat(db.plans().size()).isEqualTo(2);
        }
    }

    @Test
    void theCacheKeepsAtMostItsCapacityOfShapesAndEveryCallStillFindsItsRows() {
        try (QuarryHandle db = withItems(dir, 10)) {
            List<Long> ids = new ArrayList<>();
            for (int n = 1; n <= PlanCache.CAPACITY + 40; n++) {
                ids.add((long) (n % 10) + 1);
                int found = db.selectFrom(ITEM).where(ITEM.id.in(ids)).fetch().size();
                assertThat(found).isEqualTo(Math.min(n, 10));
                assertThat(db.plans().size()).isLessThanOrEqualTo(PlanCache.CAPACITY);
            }
        }
    }

    /** A grouped expression with a value is written with the value inline: no shape, so no key keeps "secret". */
    @Test
    void aQueryWritingAValueIntoItsTextLeavesNoPlanBehind() {
        try (QuarryHandle db = withItems(dir, 3)) {
            var label = coalesce(ITEM.name, "secret");
            assertThat(db.select(label, count()).from(ITEM).groupBy(label).fetch()).hasSize(3);
            assertThat(db.plans().size()).isZero();
        }
    }

    @Test
    void preparedQueriesAndWritesDoNotUseIt() {
        try (QuarryHandle db = withItems(dir, 3)) {
            db.selectFrom(ITEM).where(ITEM.id.eq(dev.quarry.query.Dsl.param(ITEM.id))).prepare().fetch(2L);
            db.update(ITEM).set(ITEM.name, "x").where(ITEM.id.eq(1L)).execute();
            assertThat(db.plans().size()).isZero();
        }
    }
}
