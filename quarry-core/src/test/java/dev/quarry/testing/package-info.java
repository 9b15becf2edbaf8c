/**
 * Test infrastructure: write a test once, run it on SQLite, PostgreSQL and MariaDB (STYLE.md 10, 11).
 *
 * <pre>{@code
 * class ArtistContractTest {
 *     private Quarry db;
 *
 *     @BeforeEach
 *     void tables(TestDb t) {
 *         db = t.use(ARTIST, ALBUM);        // created once per class and database, emptied before each test
 *     }
 *
 *     @AllDatabases                        // runs as insertsArtists(TestTarget)[sqlite], [postgresql], [mariadb]
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
 *       the class. Servers come from {@code QUARRY_PG_URL} / {@code QUARRY_MYSQL_URL} (defaults in DESIGN.md); an
 *       unreachable server skips its runs with the reason, or fails them with {@code QUARRY_REQUIRE_ALL_DBS=1}.</li>
 *   <li>{@link dev.quarry.testing.TestDb#open} and {@link dev.quarry.testing.TestDb#jdbc} give more handles and raw
 *       JDBC connections on the same schema, closed after the test.</li>
 *   <li>{@link dev.quarry.testing.LeakCheckExtension}, registered for every test by autodetection, fails a test
 *       that leaves a connection, statement or result set open.</li>
 *   <li>{@link dev.quarry.testing.PrivateServer} starts a PostgreSQL or MariaDB of a test's own on a free port, for
 *       tests that kill sessions, crash or restart the server (never the shared ones); missing binaries skip such
 *       tests with the reason, or fail them with {@code QUARRY_REQUIRE_ALL_DBS=1}.</li>
 *   <li>{@link dev.quarry.testing.MusicData} writes a small catalogue and keeps it as records, so expected results
 *       are computed from the data the test wrote.</li>
 * </ul>
 *
 * <p>Other modules reuse this package through quarry-core's test-jar ({@code <type>test-jar</type>}); they need
 * {@code junit.jupiter.extensions.autodetection.enabled=true} in their own {@code junit-platform.properties} for
 * the leak check. jqwik properties, which JUnit Jupiter extensions do not reach, use {@code DatabaseScope} and
 * {@code ResourceCounts} directly (see {@code dev.quarry.contract.TypeRoundTrips}).
 */
package dev.quarry.testing;
