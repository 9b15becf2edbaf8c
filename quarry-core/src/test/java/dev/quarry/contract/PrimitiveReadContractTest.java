package dev.quarry.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quarry.Quarry;
import dev.quarry.error.QuarryException;
import dev.quarry.testing.AllDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Records read through {@code Row.getInt}/{@code getShort} refuse a stored value outside the primitive's range,
 * as the INT and SHORT codecs do, instead of wrapping it. On SQLite every INTEGER holds 64 bits whatever its
 * declared type, and sqlite-jdbc's {@code getInt} keeps the low 32 bits, so 2^32 + 5 would read as 5.
 */
class PrimitiveReadContractTest {
    private TestDb t;
    private Quarry db;

    record Count(int value) {
    }

    record Small(short value) {
    }

    @BeforeEach
    void createTableOfWideNumbers(TestDb t) {
        this.t = t;
        db = t.db();
        // Written with raw SQL, as other code might: Quarry's own INT columns would refuse these values.
        db.sql("CREATE TABLE wide_number (id INTEGER NOT NULL PRIMARY KEY, n BIGINT NOT NULL)").execute();
    }

    @AfterEach
    void dropIt() {
        db.sql("DROP TABLE wide_number").execute();
    }

    private void store(long n) {
        db.sql("INSERT INTO wide_number (id, n) VALUES (1, " + n + ")").execute();
    }

    /** What each database says: SQLite's codec and pgjdbc name the value; MariaDB's driver says only "overflow". */
    private String refusalOf(long n) {
        return t.is(TestTarget.MARIADB) ? "overflow" : Long.toString(n);
    }

    @AllDatabases
    void intComponentRefusesAStoredValueTooBigForAnInt() {
        store(4_294_967_301L);
        assertThatThrownBy(() -> db.sql("SELECT n FROM wide_number").fetch(r -> new Count(r.getInt(0))))
                .isInstanceOf(QuarryException.class)
                .hasMessageContaining(refusalOf(4_294_967_301L));
    }

    @AllDatabases
    void intComponentRefusesAStoredValueTooSmallForAnInt() {
        store(-2_147_483_649L);
        assertThatThrownBy(() -> db.sql("SELECT n FROM wide_number").fetch(r -> new Count(r.getInt(0))))
                .isInstanceOf(QuarryException.class)
                .hasMessageContaining(refusalOf(-2_147_483_649L));
    }

    @AllDatabases
    void shortComponentRefusesAStoredValueTooBigForAShort() {
        store(40_000);
        assertThatThrownBy(() -> db.sql("SELECT n FROM wide_number").fetch(r -> new Small(r.getShort(0))))
                .isInstanceOf(QuarryException.class)
                .hasMessageContaining(refusalOf(40_000));
    }

    @AllDatabases
    void intAndShortComponentsReadTheEdgesOfTheirRangesExactly() {
        store(Integer.MIN_VALUE);
        assertThat(db.sql("SELECT n FROM wide_number").fetch(r -> new Count(r.getInt(0))))
                .isEqualTo(List.of(new Count(Integer.MIN_VALUE)));
        db.sql("UPDATE wide_number SET n = " + Short.MIN_VALUE).execute();
        assertThat(db.sql("SELECT n FROM wide_number").fetch(r -> new Small(r.getShort(0))))
                .isEqualTo(List.of(new Small(Short.MIN_VALUE)));
    }
}
