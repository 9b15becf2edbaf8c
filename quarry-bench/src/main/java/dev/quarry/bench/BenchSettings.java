package dev.quarry.bench;

/**
 * The JVM options every benchmark fork gets (the annotations' defaults; {@code bench/run} states the iteration
 * settings it passes). A fixed heap keeps GC sizing equal across libraries; the streaming benchmark gets a small
 * one instead, so a library that holds the whole result shows it.
 */
final class BenchSettings {
    static final String QUIET_JOOQ = "-Dorg.jooq.no-logo=true";
    static final String QUIET_JOOQ_TIPS = "-Dorg.jooq.no-tips=true";
    static final String QUIET_LOGS = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn";
    /** Hibernate logs through jboss-logging, which would pick java.util.logging over slf4j-simple. */
    static final String LOGS_TO_SLF4J = "-Dorg.jboss.logging.provider=slf4j";
    static final String HEAP_MIN = "-Xms1g";
    static final String HEAP_MAX = "-Xmx1g";
    static final String SMALL_HEAP = "-Xmx256m";

    private BenchSettings() {
    }
}
