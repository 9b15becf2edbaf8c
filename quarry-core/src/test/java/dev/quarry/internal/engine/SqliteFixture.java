package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import java.nio.file.Path;
import java.util.List;

/** Opens engine handles on SQLite files for tests. */
final class SqliteFixture {
    private SqliteFixture() {
    }

    static String url(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("test.db");
    }

    static QuarryHandle open(Path dir) {
        return open(url(dir), QuarrySettings.DEFAULTS);
    }

    static QuarryHandle open(String url, QuarrySettings settings) {
        return QuarryHandle.open(url, settings, DialectResolver.DEFAULT);
    }

    /** A handle whose dialect allows only {@code maxParameters} parameters per statement. */
    static QuarryHandle open(String url, QuarrySettings settings, int maxParameters) {
        return QuarryHandle.open(url, settings, LimitedDialect.resolver(maxParameters));
    }

    /** A handle with table {@code item(id, name)} created. */
    static QuarryHandle withItems(Path dir) {
        QuarryHandle db = open(dir);
        db.schema().create(ItemTable.ITEM);
        return db;
    }

    static long count(QuarryHandle db) {
        return db.sql("SELECT count(*) FROM item").fetch(r -> r.getLong(0)).get(0);
    }

    static List<String> names(dev.quarry.Database db) {
        return db.sql("SELECT name FROM item ORDER BY id").fetch(r -> r.get(0, dev.quarry.schema.DataType.STRING));
    }
}
