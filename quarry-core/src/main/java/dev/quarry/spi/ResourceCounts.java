package dev.quarry.spi;

/**
 * What one database handle holds open right now, for leak checks in tests and for health pages. Counted per
 * {@code Quarry} instance, so tests running in parallel on different handles do not see each other's work.
 *
 * @param connections          connections borrowed for a statement, transaction or stream and not yet given back
 * @param statements           statements open outside the per-connection statement cache (streams, one-off DDL)
 * @param resultSets           result sets (cursors) open
 * @param dedicatedConnections dedicated connections opened through {@link Platform#openDedicatedConnection} and
 *                             not yet closed
 * @param backgroundTasks      background tasks started through {@link Platform#startTask} and not yet finished
 */
public record ResourceCounts(int connections, int statements, int resultSets, int dedicatedConnections,
                             int backgroundTasks) {

    /** Nothing open. */
    public static final ResourceCounts NONE = new ResourceCounts(0, 0, 0, 0, 0);

    /** Whether anything is open. */
    public boolean anyOpen() {
        return !equals(NONE);
    }
}
