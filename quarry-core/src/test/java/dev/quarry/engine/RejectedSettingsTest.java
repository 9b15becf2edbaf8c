package dev.quarry.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.error.MisuseException;
import dev.quarry.schema.DataType;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * A value the database being opened cannot honour is refused by {@code Quarry.open}, naming the setting, the value
 * and what to set, where Quarry used to raise or round it; a value it can honour reaches it unchanged.
 */
class RejectedSettingsTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> opening(TestDb t, QuarrySettings.Builder b) {
        return assertThatThrownBy(() -> t.open(b.build())).isInstanceOf(MisuseException.class);
    }

    @OnDatabases({TestTarget.POSTGRES, TestTarget.MARIADB})
    void anAcquireTimeoutBelowHikariCpsMinimumIsRefusedOnAServer(TestDb t) {
        opening(t, QuarrySettings.builder().acquireTimeout(Duration.ofMillis(100))).hasMessage("acquireTimeout of "
                + "100 ms is below HikariCP's minimum of 250 ms for server databases; set at least 250 ms");
        opening(t, QuarrySettings.builder().acquireTimeout(Duration.ZERO))
                .hasMessageStartingWith("acquireTimeout of 0 ms is below HikariCP's minimum of 250 ms");
    }

    @OnDatabases(TestTarget.SQLITE)
    void aZeroAcquireTimeoutIsKeptOnSqliteWhereItMeansDoNotWait(TestDb t) {
        Quarry db = t.open(QuarrySettings.builder().acquireTimeout(Duration.ZERO).build());
        assertThat(db.sql("SELECT 1").fetch(r -> r.getLong(0))).containsExactly(1L);
    }

    @OnDatabases(TestTarget.POSTGRES)
    void aZeroBusyTimeoutIsRefusedOnPostgresWhereZeroMeansWaitForever(TestDb t) {
        opening(t, QuarrySettings.builder().busyTimeout(Duration.ZERO))
                .hasMessageStartingWith("busyTimeout of 0 ms cannot be given to PostgreSQL, where a lock_timeout of "
                        + "0 means waiting for locks without limit; set at least 1 ms");
    }

    @OnDatabases(TestTarget.MARIADB)
    void aBusyTimeoutThatIsNotAWholeNumberOfSecondsIsRefusedOnMariaDb(TestDb t) {
        opening(t, QuarrySettings.builder().busyTimeout(Duration.ofMillis(1500))).hasMessage("busyTimeout of 1500 "
                + "ms cannot be given to MariaDB, whose innodb_lock_wait_timeout counts whole seconds from 1; set 1 s "
                + "or 2 s");
        opening(t, QuarrySettings.builder().busyTimeout(Duration.ofMillis(500)))
                .hasMessageStartingWith("busyTimeout of 500 ms cannot be given to MariaDB")
                .hasMessageContaining("set 1 s");
        opening(t, QuarrySettings.builder().busyTimeout(Duration.ZERO))
                .hasMessageStartingWith("busyTimeout of 0 ms cannot be given to MariaDB")
                .hasMessageContaining("NOWAIT");
    }

    @OnDatabases(TestTarget.SQLITE)
    void aZeroBusyTimeoutIsKeptOnSqliteWhereItMeansDoNotWait(TestDb t) {
        Quarry db = t.open(QuarrySettings.builder().busyTimeout(Duration.ZERO).build());
        assertThat(db.sql("PRAGMA busy_timeout").fetch(r -> r.getLong(0))).containsExactly(0L);
    }

    @AllDatabases
    void aBusyTimeoutTheDatabaseCanHoldReachesItUnchanged(TestDb t) {
        Quarry db = t.open(QuarrySettings.builder().busyTimeout(Duration.ofSeconds(2)).build());
        String sql = switch (t.target()) {
            case SQLITE -> "PRAGMA busy_timeout";
            case POSTGRES -> "SELECT current_setting('lock_timeout')";
            case MARIADB -> "SELECT @@SESSION.innodb_lock_wait_timeout";
        };
        String expected = switch (t.target()) {
            case SQLITE -> "2000";
            case POSTGRES -> "2s";
            case MARIADB -> "2";
        };
        assertThat(db.sql(sql).fetch(r -> r.get(0, DataType.STRING))).containsExactly(expected);
    }
}
