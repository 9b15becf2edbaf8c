package dev.quarry.internal.dialect.codec;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.opentest4j.TestAbortedException;

/**
 * A JUnit test class working in a {@link Scratch} of its own. When the server is unreachable each test is skipped
 * with the reason (so the run's skip count shows it; a class-level abort would report zero tests), or the class
 * fails when {@code QUARRY_REQUIRE_ALL_DBS=1}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScratchTest {
    protected Scratch scratch;
    private String unreachable;

    /** The database this class runs on. */
    protected abstract TestDb db();

    /** Creates the class's tables; runs once, after the scratch is open. */
    protected void createTables() throws SQLException {
    }

    @BeforeAll
    void openScratch() throws SQLException {
        try {
            scratch = Scratch.open(db());
        } catch (TestAbortedException e) {
            unreachable = e.getMessage();
            return;
        }
        createTables();
    }

    @BeforeEach
    void requireServer() {
        Assumptions.assumeTrue(unreachable == null, () -> "SKIPPED: " + unreachable);
    }

    @AfterAll
    void closeScratch() throws Exception {
        if (scratch != null) {
            scratch.close();
        }
    }
}
