package dev.quarry.internal.engine;

import static dev.quarry.internal.engine.ItemTable.ITEM;
import static dev.quarry.query.Dsl.lower;
import static dev.quarry.query.Dsl.upper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.QuarrySettings;
import dev.quarry.error.QuarryException;
import dev.quarry.query.Condition;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.List;
import java.util.function.Consumer;

/**
 * What each dialect's connection preparation guarantees, on the real databases: LIKE is case-sensitive and
 * lower/upper fold every letter, the same on SQLite, PostgreSQL and MariaDB; MariaDB sessions are strict.
 */
class TextSemanticsOnEveryDatabaseTest {

    @AllDatabases
    void likeIsCaseSensitiveAndLowerAndUpperFoldEveryLetter(TestDb t) {
        on(t, QuarrySettings.builder().maxPoolSize(2).readers(2).build(), db -> {
            db.insertInto(ITEM).values(List.of(new Item(1, "Queen"), new Item(2, "queen bee"),
                    new Item(3, "ÖSTERREICH"), new Item(4, "österreich"), new Item(5, "Straße"))).execute();
            assertThat(ids(db, ITEM.name.like("queen%"))).containsExactly(2L);
            assertThat(ids(db, ITEM.name.like("Q_een"))).containsExactly(1L);
            assertThat(ids(db, ITEM.name.startsWith("Ö"))).containsExactly(3L);
            assertThat(ids(db, ITEM.name.likeIgnoreCase("queen%"))).containsExactly(1L, 2L);
            assertThat(ids(db, ITEM.name.likeIgnoreCase("österreich"))).containsExactly(3L, 4L);
            assertThat(ids(db, ITEM.name.containsIgnoreCase("STERR"))).containsExactly(3L, 4L);
            assertThat(ids(db, lower(ITEM.name).eq("österreich"))).containsExactly(3L, 4L);
            assertThat(db.select(lower(ITEM.name)).from(ITEM).where(ITEM.id.eq(3L)).fetchOne())
                    .isEqualTo("österreich");
            assertThat(db.select(upper(ITEM.name)).from(ITEM).where(ITEM.id.eq(4L)).fetchOne())
                    .isEqualTo("ÖSTERREICH");
            // letter by letter on every database: no "SS" for ß
            assertThat(db.select(upper(ITEM.name)).from(ITEM).where(ITEM.id.eq(5L)).fetchOne()).isEqualTo("STRAßE");
            // the same on the writer (inside a transaction) as on the readers
            db.transactionRun(tx -> assertThat(ids(tx, ITEM.name.like("queen%"))).containsExactly(2L));
        });
    }

    @OnDatabases(TestTarget.MARIADB)
    void aMariaDbSessionIsStrictEvenWhenAHookClearsTheSqlMode(TestDb t) {
        QuarrySettings settings = QuarrySettings.builder().maxPoolSize(1).onConnect(c -> {
            try (var s = c.createStatement()) {
                s.execute("SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION'");
            }
        }).build();
        on(t, settings, db -> {
            String mode = db.sql("SELECT @@SESSION.sql_mode").fetch(r -> r.get(0, DataType.STRING)).get(0);
            assertThat(mode).contains("STRICT_TRANS_TABLES").contains("NO_ENGINE_SUBSTITUTION");
            db.sql("CREATE TABLE short_text (s VARCHAR(3))").execute();
            assertThatThrownBy(() -> db.sql("INSERT INTO short_text VALUES (?)", "abcdef").execute())
                    .isInstanceOf(QuarryException.class).hasMessageContaining("too long");
            assertThat(db.sql("SELECT count(*) FROM short_text").fetch(r -> r.getLong(0)).get(0)).isZero();
        });
    }

    private static List<Long> ids(dev.quarry.Database db, Condition c) {
        return db.select(ITEM.id).from(ITEM).where(c).orderBy(ITEM.id.asc()).fetch();
    }

    /** Runs {@code body} on an engine handle into the class's schema on {@code t}, with table {@code item} new. */
    private static void on(TestDb t, QuarrySettings settings, Consumer<QuarryHandle> body) {
        try (QuarryHandle db = QuarryHandle.open(t.url(), settings)) {
            assertThat(db.dialectName()).isEqualTo(t.target().label());
            db.schema().dropIfExists(ITEM);
            db.schema().create(ITEM);
            body.accept(db);
        }
    }
}
