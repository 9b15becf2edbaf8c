package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;

/**
 * The settings given explicitly that the database being opened does not use, reported in one WARN line per open
 * rather than refused: one settings value often serves SQLite in tests and a server in production (the benchmarks
 * open every database with {@code maxPoolSize(4)}), and a setting without effect loses nothing but the caller's
 * expectation, which the warning corrects. Loading an extension, the one such setting whose absence would break
 * the caller's SQL, is refused by the server dialects instead. Stateless.
 */
final class UnusedSettings {
    /** What every connection source uses: hooks, statement listener, SQL log, close wait, callback errors, slow log. */
    static final Set<String> EVERYWHERE = Set.of("onConnect", "onStatement", "logValues", "closeTimeout",
            "onCallbackError", "slowStatementThreshold", "changePollInterval");

    private UnusedSettings() {
    }

    /** The builder methods called for {@code settings} whose setting {@code used} leaves out, sorted. */
    static List<String> of(QuarrySettings settings, Set<String> used) {
        return settings.explicitlySet().stream()
                .filter(name -> !EVERYWHERE.contains(name) && !used.contains(name))
                .sorted()
                .toList();
    }

    /** Logs the unused settings of {@code settings} on {@code database} once, if there are any. */
    static void report(Logger log, String database, QuarrySettings settings, Set<String> used) {
        List<String> unused = of(settings, used);
        if (!unused.isEmpty()) {
            log.warn("{} does not use the setting(s) {} given in its QuarrySettings; they have no effect there. "
                    + "Leave them out of the settings for this database (see the QuarrySettings Javadoc)",
                    database, String.join(", ", unused));
        }
    }
}
