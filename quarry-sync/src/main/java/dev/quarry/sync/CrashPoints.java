package dev.quarry.sync;

import java.util.function.Consumer;

/**
 * Named places in a sync where a crash is most likely to lose or repeat work, reachable from tests: a test's child
 * JVM sets {@link #hook} to stop there and be killed (kill -9), then a new process reopens the file and checks that
 * nothing was lost or applied twice. Does nothing unless a hook is set. Thread-safe.
 */
final class CrashPoints {
    /** A bootstrap's rows are written in the local transaction, not yet committed. */
    static final String AFTER_STAGING = "after-staging";
    /** An incremental pull's rows are written locally, the cursor not yet, nothing committed. */
    static final String AFTER_APPLY_BEFORE_CURSOR = "after-apply-before-cursor";
    /** The primary committed a pushed mutation; the replica has not seen the acknowledgement. */
    static final String AFTER_PUSH_COMMIT_BEFORE_ACK = "after-push-commit-before-ack";
    /** The replica has the acknowledgement; the mutation is still in its outbox. */
    static final String AFTER_ACK_BEFORE_OUTBOX_DELETE = "after-ack-before-outbox-delete";

    static volatile Consumer<String> hook;

    private CrashPoints() {
    }

    static void reach(String point) {
        Consumer<String> h = hook;
        if (h != null) {
            h.accept(point);
        }
    }
}
