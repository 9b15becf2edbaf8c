package dev.quarry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the kit decides that a database cannot be used, and what it says. */
class AvailabilityTest {

    @Test
    void sqliteNeedsNoServerAndIsAlwaysAvailable() {
        assertThat(Availability.unavailableReason(TestTarget.SQLITE)).isEmpty();
    }

    @Test
    void anUnreachableServerIsReportedWithItsUrl() {
        assertThat(Availability.probe(TestTarget.POSTGRES, "jdbc:postgresql://127.0.0.1:1/test"))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("127.0.0.1:1", "not reachable", "QUARRY_PG_URL"));
    }

    @Test
    void aServerWithoutItsDriverOnTheClassPathNamesTheArtifactToAdd() {
        assertThat(Availability.probe(TestTarget.MARIADB, "jdbc:nosuchdriver://127.0.0.1:1/test"))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .contains("needs its JDBC driver", "org.mariadb.jdbc:mariadb-java-client", "QUARRY_MYSQL_URL"));
    }
}
