package dev.quarry.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.internal.dialect.mariadb.MariaDbDialect;
import dev.quarry.internal.dialect.postgres.PostgresDialect;
import dev.quarry.internal.dialect.sqlite.SqliteDialect;
import dev.quarry.spi.Capabilities;
import org.junit.jupiter.api.Test;

class CapabilitiesTest {

    @Test
    void sqliteFeaturesFollowTheLibraryVersion() {
        Capabilities old = new SqliteDialect(new int[]{3, 22, 0}).capabilities();
        assertThat(old.maxParameters()).isEqualTo(999);
        assertThat(old.insertReturning()).isFalse();
        assertThat(old.upsert()).isFalse();
        assertThat(old.windowFunctions()).isFalse();
        assertThat(old.nullsOrder()).isFalse();
        Capabilities now = new SqliteDialect(new int[]{3, 45, 1}).capabilities();
        assertThat(now.maxParameters()).isEqualTo(32766);
        assertThat(now.insertReturning() && now.updateReturning() && now.deleteReturning()).isTrue();
        assertThat(now.upsert() && now.windowFunctions() && now.nullsOrder()).isTrue();
        assertThat(now.transactionalDdl()).isTrue();
        assertThat(now.streamingNeedsTransaction()).isFalse();
        assertThat(new SqliteDialect(new int[]{3, 35, 0}).capabilities().updateReturning()).isTrue();
        assertThat(new SqliteDialect(new int[]{3, 34, 9}).capabilities().updateReturning()).isFalse();
    }

    @Test
    void postgresCanDoEverythingAndStreamsOnlyInATransaction() {
        Capabilities c = new PostgresDialect(new int[]{15, 6, 0}).capabilities();
        assertThat(c).isEqualTo(Capabilities.builder().returning(true).transactionalDdl(true).savepoints(true)
                .maxParameters(65535).streamingNeedsTransaction(true).upsert(true).windowFunctions(true).nullsOrder(true)
                .embedded(false).build());
    }

    @Test
    void mariaDbReturnsFromInsertSince105AndNeverFromUpdate() {
        Capabilities c = new MariaDbDialect(new int[]{10, 11, 6}).capabilities();
        assertThat(c.insertReturning()).isTrue();
        assertThat(c.updateReturning()).isFalse();
        assertThat(c.deleteReturning()).isTrue();
        assertThat(c.transactionalDdl()).isFalse();
        assertThat(c.nullsOrder()).isFalse();
        assertThat(c.maxParameters()).isEqualTo(65535);
        assertThat(new MariaDbDialect(new int[]{10, 4, 30}).capabilities().insertReturning()).isFalse();
    }

    @Test
    void versionsCompareByMajorMinorPatch() {
        assertThat(Version.of(new int[]{16})).isEqualTo(new Version(16, 0, 0));
        assertThat(new Version(3, 35, 0).atLeast(3, 35, 0)).isTrue();
        assertThat(new Version(3, 34, 99).atLeast(3, 35, 0)).isFalse();
        assertThat(new Version(4, 0, 0).atLeast(3, 35, 0)).isTrue();
    }

    @Test
    void codecsAreNotBuiltWhenADialectIsConstructed() {
        // The constructor must not touch the codec tables (built lazily by codecs()).
        assertThat(new SqliteDialect(new int[]{3, 45, 1}).name()).isEqualTo("sqlite");
        assertThat(new PostgresDialect(new int[]{15, 0, 0}).name()).isEqualTo("postgresql");
        assertThat(new MariaDbDialect(new int[]{10, 11, 0}).name()).isEqualTo("mariadb");
    }
}
