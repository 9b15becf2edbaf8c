package dev.quarry.spring.boot;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Artist;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.List;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The edges of {@code QuarryTransactionManager} on SQLite's single writer: a NESTED savepoint that throws, and
 * statements under NOT_SUPPORTED while a suspended transaction holds the writer. (Quarry's callbacks inside NESTED
 * savepoints: {@code SpringTransactionsTest}, on every database.)
 */
class SqliteTransactionManagerTest {

    private interface Check {
        void run(Quarry db, PlatformTransactionManager manager);
    }

    private static void withManager(TestDb t, Check check) {
        t.use(ARTIST);
        SpringDatabases.runner(t).run((AssertableApplicationContext context) -> {
            assertThat(context).hasNotFailed();
            check.run(context.getBean(Quarry.class), context.getBean(PlatformTransactionManager.class));
        });
    }

    private static TransactionTemplate template(PlatformTransactionManager manager, int propagation) {
        TransactionTemplate template = new TransactionTemplate(manager);
        template.setPropagationBehavior(propagation);
        return template;
    }

    private static void add(Quarry db, String name) {
        db.insertInto(ARTIST).values(new Artist(0, name, null)).execute();
    }

    private static List<String> names(Quarry db) {
        return db.select(ARTIST.name).from(ARTIST).orderBy(ARTIST.name.asc()).fetch();
    }

    @OnDatabases(TestTarget.SQLITE)
    void aNestedSavepointThatThrowsUndoesOnlyItsOwnWork(TestDb t) {
        withManager(t, (db, manager) -> {
            template(manager, TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(outer -> {
                add(db, "before");
                assertThatThrownBy(() -> template(manager, TransactionDefinition.PROPAGATION_NESTED)
                        .executeWithoutResult(nested -> {
                            add(db, "nested");
                            throw new IllegalStateException("nested failed");
                        })).hasMessage("nested failed");
                add(db, "after");
            });
            assertThat(names(db)).containsExactly("after", "before");
        });
    }

    @OnDatabases(TestTarget.SQLITE)
    void underNotSupportedReadsSeeWhatIsCommittedAndAWriteIsRefusedAtOnceWithTheReason(TestDb t) {
        withManager(t, (db, manager) -> {
            add(db, "committed");
            template(manager, TransactionDefinition.PROPAGATION_REQUIRED).executeWithoutResult(outer -> {
                add(db, "uncommitted");
                template(manager, TransactionDefinition.PROPAGATION_NOT_SUPPORTED).executeWithoutResult(none -> {
                    assertThat(names(db)).as("outside the suspended transaction").containsExactly("committed");
                    assertThatThrownBy(() -> add(db, "refused")).isInstanceOf(MisuseException.class)
                            .hasMessageContaining("single writer").hasMessageContaining("suspended");
                    assertThatThrownBy(() -> db.transactionRun(tx -> add(db, "refused too")))
                            .isInstanceOf(MisuseException.class).hasMessageContaining("single writer");
                });
                add(db, "after");
            });
            assertThat(names(db)).containsExactly("after", "committed", "uncommitted");
        });
    }
}
