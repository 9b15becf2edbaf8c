package dev.quarry.internal.engine;

import static dev.quarry.internal.engine.ItemTable.ITEM;
import static dev.quarry.query.Dsl.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chunk templates of many-row inserts: rendered once per shape, kept across calls, holding no user value. */
class InsertTemplatesTest {
    @TempDir
    Path dir;

    private static List<Item> items(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(i -> new Item(i, "item " + i)).toList();
    }

    @Test
    void aRepeatedInsertOfRecordsReusesTheTemplatesOfItsChunkShapes() {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            assertThat(db.insertInto(ITEM).values(items(1, 2_500)).execute()).isEqualTo(2_500);
            // at most 1,000 rows a statement: a full chunk and the last 500
            assertThat(db.insertTemplates().size()).isEqualTo(2);
            assertThat(db.insertInto(ITEM).values(items(2_501, 5_000)).execute()).isEqualTo(2_500);
            assertThat(db.insertTemplates().size()).isEqualTo(2);
            assertThat(SqliteFixture.count(db)).isEqualTo(5_000);
            assertThat(SqliteFixture.names(db)).contains("item 1", "item 2500", "item 5000");
        }
    }

    @Test
    void anUpsertWhoseUpdateCarriesAValueIsNotCachedSoNoKeyHoldsAUserValue() {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            db.insertInto(ITEM).values(items(1, 10)).execute();
            int before = db.insertTemplates().size();
            long n = db.insertInto(ITEM).values(items(5, 20)).onConflict(ITEM.id)
                    .doUpdate(set(ITEM.name, "secret")).execute();
            assertThat(n).isPositive();
            assertThat(db.insertTemplates().size()).isEqualTo(before);
            assertThat(SqliteFixture.names(db)).contains("item 1", "secret", "item 20").doesNotContain("item 5");
        }
    }

    @Test
    void theCacheKeepsAtMostItsCapacityOfShapes() {
        try (QuarryHandle db = SqliteFixture.withItems(dir)) {
            for (int n = 2; n < InsertTemplates.CAPACITY + 20; n++) {
                long base = (long) n * 1_000;
                db.insertInto(ITEM).values(items(base, base + n - 1)).execute();
            }
            assertThat(db.insertTemplates().size()).isEqualTo(InsertTemplates.CAPACITY);
        }
    }
}
