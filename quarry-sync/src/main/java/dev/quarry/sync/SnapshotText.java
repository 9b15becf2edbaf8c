package dev.quarry.sync;

/**
 * Reads PostgreSQL's text form of a snapshot, {@code xmin:xmax:xip1,xip2,...}
 * (https://www.postgresql.org/docs/current/functions-info.html#FUNCTIONS-PG-SNAPSHOT-PARTS), to tell whether a
 * transaction is visible in it without asking the server: {@code x} is visible iff {@code x < xmin}, or
 * {@code x < xmax} and {@code x} is not in progress. Stateless.
 */
final class SnapshotText {
    private SnapshotText() {
    }

    /**
     * Whether transaction {@code xid} is older than every transaction {@code snapshot} may not show (below its
     * {@code xmin}): then whatever it logged was visible to that snapshot.
     */
    static boolean before(String xid, String snapshot) {
        return Long.compareUnsigned(Long.parseUnsignedLong(xid), Long.parseUnsignedLong(snapshot.split(":", -1)[0]))
                < 0;
    }

    /** Whether transaction {@code xid} (an {@code xid8} as text) is visible in {@code snapshot}. */
    static boolean visible(String xid, String snapshot) {
        long x = Long.parseUnsignedLong(xid);
        String[] parts = snapshot.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a pg_snapshot: " + snapshot);
        }
        long xmin = Long.parseUnsignedLong(parts[0]);
        long xmax = Long.parseUnsignedLong(parts[1]);
        if (Long.compareUnsigned(x, xmin) < 0) {
            return true;
        }
        if (Long.compareUnsigned(x, xmax) >= 0) {
            return false;
        }
        if (!parts[2].isEmpty()) {
            for (String inProgress : parts[2].split(",")) {
                if (Long.parseUnsignedLong(inProgress) == x) {
                    return false;
                }
            }
        }
        return true;
    }
}
