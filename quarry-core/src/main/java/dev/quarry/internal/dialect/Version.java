package dev.quarry.internal.dialect;

/**
 * A database server's version, as major, minor and patch numbers. Immutable.
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch number
 */
public record Version(int major, int minor, int patch) {

    /** The version held in {@code parts} (major, minor, patch; missing parts are 0). */
    public static Version of(int[] parts) {
        return new Version(part(parts, 0), part(parts, 1), part(parts, 2));
    }

    private static int part(int[] parts, int i) {
        return parts.length > i ? parts[i] : 0;
    }

    /** Whether this version is {@code major.minor.patch} or later. */
    public boolean atLeast(int major, int minor, int patch) {
        if (this.major != major) {
            return this.major > major;
        }
        if (this.minor != minor) {
            return this.minor > minor;
        }
        return this.patch >= patch;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
