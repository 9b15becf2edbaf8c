/**
 * The test kit: write a test once, run it on SQLite, PostgreSQL and MariaDB, and fail it when it leaves a resource
 * open (STYLE.md 10, 11). Published as {@code dev.quarry:quarry-testkit} for users' own repository tests; Quarry's
 * modules test with it too. See {@code docs/testing.md}.
 *
 * <pre>{@code
 * class ArtistRepositoryTest {
 *     private Quarry db;
 *
 *     @BeforeEach
 *     void tables(TestDb t) {
 *         db = t.use(ARTIST, ALBUM);        // created once per class and database, emptied before each test
 *     }
 *
 *     @AllDatabases                        // runs as ...(TestTarget)[sqlite], [postgresql], [mariadb]
 *     void insertedArtistReadsBackEqual(TestTarget target) {
 *         ...
 *     }
 *
 *     @OnDatabases(TestTarget.POSTGRES)     // behaviour only some databases have
 *     void ...
 * }
 * }</pre>
 *
 * <ul>
 *   <li>{@link dev.quarry.testing.AllDatabases} / {@link dev.quarry.testing.OnDatabases}: one run per database.
 *       Test and {@code @BeforeEach} methods may take a {@link dev.quarry.testing.TestDb}, a {@link dev.quarry.Quarry}
 *       (the class's shared handle) or a {@link dev.quarry.testing.TestTarget}.</li>
 *   <li>Each test class gets a {@link dev.quarry.testing.DatabaseScope} per database: a temporary SQLite file (WAL,
 *       the engine's default), a PostgreSQL schema or a MariaDB database named {@code q_<random>}, dropped after
 *       the class. Servers come from {@code QUARRY_PG_URL} / {@code QUARRY_MYSQL_URL}; an unreachable server skips
 *       its runs with the reason, or fails them with {@code QUARRY_REQUIRE_ALL_DBS=1}
 *       ({@link dev.quarry.testing.Availability}).</li>
 *   <li>{@link dev.quarry.testing.TestDb#open} and {@link dev.quarry.testing.TestDb#jdbc} give more handles and raw
 *       JDBC connections on the same schema, closed after the test.</li>
 *   <li>{@link dev.quarry.testing.LeakCheckExtension} fails a test that leaves a connection, statement, result set,
 *       dedicated connection or background task open on any handle ({@link dev.quarry.testing.Leaks},
 *       {@link dev.quarry.testing.OpenHandles}).</li>
 *   <li>Tests that are not JUnit Jupiter templates (jqwik properties) use the same pieces directly:
 *       {@link dev.quarry.testing.Availability#require}, {@link dev.quarry.testing.DatabaseScope#create} and
 *       {@link dev.quarry.testing.Leaks}.</li>
 *   <li>{@link dev.quarry.testing.ModuleRules}: the ArchUnit rule that a module uses only Quarry's published API.</li>
 *   <li>{@link dev.quarry.testing.PrivateServer} starts a PostgreSQL or MariaDB of a test's own on a free port, for
 *       tests that kill sessions, crash or restart the server (never the shared ones); missing binaries skip such
 *       tests with the reason, or fail them with {@code QUARRY_REQUIRE_ALL_DBS=1}.</li>
 * </ul>
 *
 * <p>The kit itself uses only quarry-core's published API (its own test checks that with
 * {@link dev.quarry.testing.ModuleRules}). quarry-core's tests compile these sources in (a dependency would be a
 * cycle); every other module depends on quarry-testkit.
 */
package dev.quarry.testing;
