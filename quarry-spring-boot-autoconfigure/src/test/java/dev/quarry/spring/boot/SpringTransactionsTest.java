package dev.quarry.spring.boot;

import static dev.quarry.fixtures.ArtistTable.ARTIST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.MisuseException;
import dev.quarry.fixtures.Artist;
import dev.quarry.spring.QuarryTransactionManager;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "One transaction, whoever started it", on every database: {@code @Transactional} methods (Spring's transaction
 * manager on the DataSource for PostgreSQL and MariaDB, Quarry's on its SQLite engine) with Quarry's statements in
 * them, for each propagation and rollback rule.
 */
class SpringTransactionsTest {

    @Configuration(proxyBeanMethods = false)
    static class Service {
        @Bean
        Artists artists(Quarry db, @Lazy Artists self) {
            return new Artists(db, self);
        }
    }

    private interface Check {
        void run(Artists artists, AssertableApplicationContext context) throws Exception;
    }

    private static void withArtists(TestDb t, Check check) {
        t.use(ARTIST);
        SpringDatabases.runner(t).withUserConfiguration(Service.class).run(context -> {
            assertThat(context).hasNotFailed();
            check.run(context.getBean(Artists.class), context);
        });
    }

    @AllDatabases
    void theTransactionManagerIsSpringsOnADataSourceAndQuarrysOnSqlite(TestDb t) {
        withArtists(t, (artists, context) -> assertThat(context.getBean(PlatformTransactionManager.class))
                .isInstanceOf(t.is(TestTarget.SQLITE) ? QuarryTransactionManager.class
                        : JdbcTransactionManager.class));
    }

    @AllDatabases
    void requiredJoinsOneTransactionThatCommitsOrRollsBackWhole(TestDb t) {
        withArtists(t, (artists, context) -> {
            artists.addBoth("a", "b");
            assertThatThrownBy(() -> artists.addThenFail("c", "d")).isInstanceOf(IllegalStateException.class);
            assertThat(artists.names()).containsExactly("a", "b");
        });
    }

    @AllDatabases
    void aQuarryTransactionInsideIsASavepointOfSpringsAndASpringRollbackUndoesWhatItCommitted(TestDb t) {
        withArtists(t, (artists, context) -> {
            artists.addAroundFailedQuarryTransaction("before", "in savepoint", "after");
            assertThat(artists.names()).containsExactly("after", "before");
            TransactionTemplate template = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            Quarry db = context.getBean(Quarry.class);
            List<String> log = new ArrayList<>();
            template.executeWithoutResult(status -> {
                db.transactionRun(tx -> {
                    tx.insertInto(ARTIST).values(new Artist(0, "released savepoint", null)).execute();
                    tx.afterCommit(() -> log.add("after commit"));
                    tx.afterRollback(() -> log.add("after rollback"));
                });
                assertThat(log).as("the callbacks wait for Spring's transaction").isEmpty();
                status.setRollbackOnly();
            });
            assertThat(log).containsExactly("after rollback");
            assertThat(artists.names()).containsExactly("after", "before");
        });
    }

    @AllDatabases
    void requiresNewCommitsOnItsOwnWhereADatabaseHasASecondWriterAndIsRefusedOnSqlite(TestDb t) {
        withArtists(t, (artists, context) -> {
            if (t.is(TestTarget.SQLITE)) {
                assertThatThrownBy(() -> artists.addThenNewThenFail("outer", "new"))
                        .isInstanceOf(CannotCreateTransactionException.class).hasMessageContaining("single writer");
                assertThat(artists.names()).isEmpty();
            } else {
                assertThatThrownBy(() -> artists.addThenNewThenFail("outer", "new"))
                        .isInstanceOf(IllegalStateException.class).hasMessage("outer failed");
                assertThat(artists.names()).containsExactly("new");
            }
        });
    }

    @AllDatabases
    void aReadOnlyRequiresNewSeesOnlyWhatWasCommitted(TestDb t) {
        withArtists(t, (artists, context) -> {
            artists.add("committed");
            assertThat(artists.addThenReadInNewReadOnly("uncommitted")).containsExactly("committed");
            assertThat(artists.names()).containsExactly("committed", "uncommitted");
        });
    }

    @AllDatabases
    void nestedRollsBackToItsSavepointAndTheOuterTransactionGoesOn(TestDb t) {
        withArtists(t, (artists, context) -> {
            artists.addAroundFailedNested("before", "nested", "after");
            assertThat(artists.names()).containsExactly("after", "before");
        });
    }

    @AllDatabases
    void aReadOnlyTransactionReadsAndRefusesQuarrysWrites(TestDb t) {
        withArtists(t, (artists, context) -> {
            artists.add("kept");
            assertThat(artists.namesReadOnly()).containsExactly("kept");
            assertThatThrownBy(() -> artists.addInReadOnly("refused")).isInstanceOf(MisuseException.class)
                    .hasMessageContaining("read-only");
            assertThat(artists.names()).containsExactly("kept");
        });
    }

    @AllDatabases
    void rollbackRulesDecideWhatACheckedOrUncheckedExceptionDoes(TestDb t) {
        withArtists(t, (artists, context) -> {
            assertThatThrownBy(() -> artists.addThenRefuse("checked commits")).isInstanceOf(Artists.Refused.class);
            assertThatThrownBy(() -> artists.addThenRefuseRollingBack("rollback-for rolls back"))
                    .isInstanceOf(Artists.Refused.class);
            assertThatThrownBy(() -> artists.addThenFailCommitting("no-rollback-for commits"))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(artists.names()).containsExactly("checked commits", "no-rollback-for commits");
        });
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void jdbcTemplateAndQuarryShareTheTransactionAndItsRollback(TestDb t) {
        withArtists(t, (artists, context) -> {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            TransactionTemplate template = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            template.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO artist (name) VALUES ('by jdbc')");
                artists.add("by quarry");
                assertThat(artists.names()).as("Quarry sees JdbcTemplate's uncommitted row")
                        .containsExactly("by jdbc", "by quarry");
                status.setRollbackOnly();
            });
            assertThat(artists.names()).isEmpty();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM artist", Integer.class)).isZero();
        });
    }

    @AllDatabases
    void quarryCallbacksInsideANestedSavepointThatSpringRollsBackAreDroppedAndThoseOfAReleasedOneRun(TestDb t) {
        withArtists(t, (artists, context) -> {
            PlatformTransactionManager manager = context.getBean(PlatformTransactionManager.class);
            TransactionTemplate required = new TransactionTemplate(manager);
            TransactionTemplate nested = new TransactionTemplate(manager);
            nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
            Quarry db = context.getBean(Quarry.class);
            List<String> log = new ArrayList<>();
            required.executeWithoutResult(outer -> {
                artists.add("outer");
                nested.executeWithoutResult(status -> {
                    db.transactionRun(tx -> {
                        tx.insertInto(ARTIST).values(new Artist(0, "rolled back", null)).execute();
                        tx.afterCommit(() -> log.add("rolled back: after commit"));
                        tx.afterRollback(() -> log.add("rolled back: after rollback"));
                    });
                    status.setRollbackOnly();
                });
                nested.executeWithoutResult(status -> db.transactionRun(tx -> {
                    tx.insertInto(ARTIST).values(new Artist(0, "kept", null)).execute();
                    tx.afterCommit(() -> log.add("kept: after commit"));
                }));
                assertThat(log).as("nothing runs before the outer transaction ends").isEmpty();
            });
            assertThat(artists.names()).containsExactly("kept", "outer");
            assertThat(log).containsExactlyInAnyOrder("kept: after commit", "rolled back: after rollback");
        });
    }
}
