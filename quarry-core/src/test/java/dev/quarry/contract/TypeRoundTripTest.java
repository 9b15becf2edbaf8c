package dev.quarry.contract;

import dev.quarry.testing.TestTarget;
import net.jqwik.api.Group;
import net.jqwik.api.Label;

/** {@link TypeRoundTrips} on each database; the group's name shows the database. */
class TypeRoundTripTest {

    @Group
    @Label("[sqlite]")
    class OnSqlite extends TypeRoundTrips {
        OnSqlite() {
            super(TestTarget.SQLITE);
        }
    }

    @Group
    @Label("[postgresql]")
    class OnPostgres extends TypeRoundTrips {
        OnPostgres() {
            super(TestTarget.POSTGRES);
        }
    }

    @Group
    @Label("[mariadb]")
    class OnMariadb extends TypeRoundTrips {
        OnMariadb() {
            super(TestTarget.MARIADB);
        }
    }
}
