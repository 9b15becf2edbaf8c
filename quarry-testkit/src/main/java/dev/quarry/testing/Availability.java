package dev.quarry.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether each server is reachable, probed once per JVM (its driver on the class path, a TCP connect, then a JDBC
 * login). An unreachable server skips its tests with the reason, or fails them when {@code QUARRY_REQUIRE_ALL_DBS=1}
 * (as CI sets it). {@link AllDatabases} applies this rule by itself. A JUnit test that is not a template calls
 * {@link #require} before it opens a {@link DatabaseScope}; a runner that skips by a returned reason, such as a
 * jqwik {@code SkipExecutionHook}, asks {@link #skipReason} (jqwik reports a JUnit assumption failing in
 * {@code @BeforeProperty} as an error, not as a skip):
 *
 * <pre>{@code
 * public SkipResult shouldBeSkipped(LifecycleContext context) {
 *     return Availability.skipReason(TestTarget.POSTGRES).map(SkipResult::skip).orElse(SkipResult.doNotSkip());
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Availability {
    /** The variable that turns a skipped server into a failure. */
    public static final String REQUIRE_ALL = "QUARRY_REQUIRE_ALL_DBS";

    private static final int PROBE_TIMEOUT_MILLIS = 1500;
    private static final Map<TestTarget, Optional<String>> PROBED = new ConcurrentHashMap<>();

    private Availability() {
    }

    /** Why {@code target} cannot be used, or empty when it can. */
    public static Optional<String> unavailableReason(TestTarget target) {
        if (!target.isServer()) {
            return Optional.empty();
        }
        return PROBED.computeIfAbsent(target, t -> probe(t, t.serverUrl()));
    }

    /**
     * Aborts the running JUnit Jupiter test (an assumption, reported as skipped) when {@code target} is unreachable,
     * or fails it with {@link IllegalStateException} when {@code QUARRY_REQUIRE_ALL_DBS=1}. Returns when it is
     * reachable.
     */
    public static void require(TestTarget target) {
        skipReason(target).ifPresent(reason -> Assumptions.abort(reason));
    }

    /**
     * Why tests on {@code target} are to be skipped, or empty when it is reachable.
     *
     * @throws IllegalStateException when it is unreachable and {@code QUARRY_REQUIRE_ALL_DBS=1}
     */
    public static Optional<String> skipReason(TestTarget target) {
        Optional<String> reason = unavailableReason(target);
        if (reason.isPresent() && "1".equals(System.getenv(REQUIRE_ALL))) {
            throw new IllegalStateException(reason.get() + " (" + REQUIRE_ALL + "=1 requires every database)");
        }
        return reason.map(r -> r + " (skipped; " + REQUIRE_ALL + "=1 makes this a failure)");
    }

    /** Why the {@code target} server at {@code url} cannot be used, or empty; not cached. */
    static Optional<String> probe(TestTarget target, String url) {
        String where = target.label() + " at " + url + " (set " + target.urlVariable() + " to change it)";
        try {
            DriverManager.getDriver(url);
        } catch (SQLException e) {
            return Optional.of(where + " needs its JDBC driver on the test class path: " + target.driverArtifact());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ServerUrls.host(url), ServerUrls.port(url, target.defaultPort())),
                    PROBE_TIMEOUT_MILLIS);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.of(where + " is not reachable: " + e);
        }
        try (Connection c = DriverManager.getConnection(url)) {
            return c.isValid(2) ? Optional.empty() : Optional.of(where + " answered but its connection is not valid");
        } catch (SQLException e) {
            return Optional.of(where + " refused a connection: " + e.getMessage());
        }
    }
}
