package dev.quarry.sync;

import dev.quarry.error.MisuseException;

/**
 * The local file is a replica of another primary than the one it was opened with (its id, made by
 * {@link SyncPrimary#install}, differs). Nothing in the file is changed: open it with its own primary, or use another
 * file for this one.
 */
public class ReplicaMismatchException extends MisuseException {

    /** A file of {@code fileHolds}'s primary, opened with primary {@code opened}. */
    public ReplicaMismatchException(String file, String fileHolds, String opened) {
        super("replica file " + file + " holds a copy of primary " + fileHolds + ", not of the primary it was opened "
                + "with (" + opened + "); open it with its own primary, or give this primary another file");
    }
}
