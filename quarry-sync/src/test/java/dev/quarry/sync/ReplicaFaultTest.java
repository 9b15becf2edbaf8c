package dev.quarry.sync;

import static dev.quarry.fixtures.AccountTable.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.QuarryException;
import dev.quarry.fixtures.Account;
import dev.quarry.query.Dsl;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection to the primary cut or stalled mid-pull and mid-push, through a TCP proxy on loopback: the sync
 * fails with a typed, retryable error and changes nothing it should not; once the network heals the next syncs
 * catch up, and every pushed write is applied on the primary exactly once.
 */
class ReplicaFaultTest {
    private static final int ROWS = 20_000;

    @TempDir
    Path dir;

    /** The primary's URL through {@code proxy}, with a socket timeout so a stalled read ends. */
    private static String through(FaultProxy proxy, TestDb t) {
        Matcher m = Pattern.compile("//([^/:]+):(\\d+)/").matcher(t.url());
        assertThat(m.find()).as("a host:port in %s", t.url()).isTrue();
        String url = t.url().replace(m.group(0), "//127.0.0.1:" + proxy.port() + "/");
        return url + (url.contains("?") ? "&" : "?") + "socketTimeout=3";
    }

    private static FaultProxy proxyFor(TestDb t) throws Exception {
        Matcher m = Pattern.compile("//([^/:]+):(\\d+)/").matcher(t.url());
        assertThat(m.find()).isTrue();
        return new FaultProxy(m.group(1), Integer.parseInt(m.group(2)));
    }

    private static Quarry openVia(String url) {
        return Quarry.open(url, QuarrySettings.builder().maxPoolSize(2).acquireTimeout(Duration.ofSeconds(5)).build());
    }

    private Quarry primary(TestDb t) {
        Quarry db = t.use(ACCOUNT);
        SyncPrimary.install(db, List.of(ACCOUNT));
        db.sql("INSERT INTO account (id, owner, balance) SELECT g, 'owner ' || g, 100 FROM generate_series(1, ?) g",
                ROWS).execute();
        return db;
    }

    private static long total(Quarry db) {
        return db.select(Dsl.sumLong(ACCOUNT.balance)).from(ACCOUNT).fetchOne();
    }

    private static SyncResult syncUntilItWorks(Replica replica) {
        QuarryException last = null;
        for (int i = 0; i < 5; i++) {
            try {
                return replica.sync();
            } catch (QuarryException e) {
                last = e;
            }
        }
        throw last;
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aPullCutOrStalledMidStreamChangesNothingAndTheNextOneCatchesUp(TestDb t) throws Exception {
        Quarry primary = primary(t);
        try (FaultProxy proxy = proxyFor(t); Quarry viaProxy = openVia(through(proxy, t));
             Replica replica = Replica.open(dir.resolve("r.db"), viaProxy, List.of(ACCOUNT))) {
            for (FaultProxy.Fault fault : FaultProxy.Fault.values()) {
                long before = total(replica.local());
                primary.sql("UPDATE account SET balance = balance + 1").execute();
                proxy.arm(FaultProxy.Direction.TO_CLIENT, fault, 64 * 1024);
                assertThatThrownBy(replica::sync).as(fault.toString()).isInstanceOf(QuarryException.class)
                        .matches(e -> ((QuarryException) e).isRetryable(), "retryable");
                assertThat(proxy.triggered()).isTrue();
                assertThat(total(replica.local())).as("nothing applied after a %s", fault).isEqualTo(before);
                proxy.heal();
                assertThat(syncUntilItWorks(replica).upserted()).isEqualTo(ROWS);
                assertThat(replica.local().selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                        .isEqualTo(primary.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch());
            }
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aPushCutMidStreamIsRepeatedAndEveryWriteAppliedOnce(TestDb t) throws Exception {
        Quarry primary = t.use(ACCOUNT);
        SyncPrimary.install(primary, List.of(ACCOUNT));
        // counts every row the primary writes to account: a write applied twice would count twice
        primary.sql("CREATE TABLE applied (id bigint)").execute();
        primary.sql("CREATE FUNCTION count_applied() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "INSERT INTO applied VALUES (NEW.id); RETURN NULL; END $$").execute();
        primary.sql("CREATE TRIGGER count_applied AFTER INSERT OR UPDATE ON account FOR EACH ROW "
                + "EXECUTE FUNCTION count_applied()").execute();
        int writes = 150;
        try (FaultProxy proxy = proxyFor(t); Quarry viaProxy = openVia(through(proxy, t));
             Replica replica = Replica.open(dir.resolve("r.db"), viaProxy, List.of(ACCOUNT),
                     ReplicaOptions.DEFAULTS.offlineWrites())) {
            for (int i = 1; i <= writes; i++) {
                Account a = new Account(i, "offline " + i, i);
                replica.write(tx -> tx.insertInto(ACCOUNT).values(a).execute());
            }
            proxy.arm(FaultProxy.Direction.TO_SERVER, FaultProxy.Fault.CUT, 20 * 1024);
            assertThatThrownBy(replica::sync).isInstanceOf(QuarryException.class)
                    .matches(e -> ((QuarryException) e).isRetryable()
                            || e instanceof dev.quarry.error.CommitOutcomeUnknownException, "may be tried again");
            assertThat(proxy.triggered()).isTrue();
            long pushedBeforeTheCut = primary.sql("SELECT count(*) FROM account").fetch(r -> r.getLong(0)).get(0);
            assertThat(pushedBeforeTheCut).as("cut mid-push").isBetween(1L, (long) writes - 1);
            assertThat(replica.pendingWrites()).isPositive();
            proxy.heal();
            SyncResult r = syncUntilItWorks(replica);
            assertThat(r.rejected()).isEmpty();
            assertThat(replica.rejectedWrites()).isEmpty();
            assertThat(replica.pendingWrites()).isZero();
            assertThat(primary.sql("SELECT count(*), count(DISTINCT id) FROM applied")
                    .fetch(x -> List.of(x.getLong(0), x.getLong(1))).get(0))
                    .as("every write applied, once").containsExactly((long) writes, (long) writes);
            assertThat(replica.local().selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch())
                    .isEqualTo(primary.selectFrom(ACCOUNT).orderBy(ACCOUNT.id.asc()).fetch());
        }
    }
}
