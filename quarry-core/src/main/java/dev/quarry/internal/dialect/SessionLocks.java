package dev.quarry.internal.dialect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Names of session locks, and PostgreSQL's 64-bit key for one. Internal; stateless. */
public final class SessionLocks {
    private SessionLocks() {
    }

    /** {@code name}, checked: not blank, at most 48 characters (MariaDB allows 64, with Quarry's prefix). */
    public static String checkName(String name) {
        if (name == null || name.isBlank() || name.length() > 48) {
            throw new IllegalArgumentException("a lock name must be 1 to 48 characters, was "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        return name;
    }

    /**
     * The advisory-lock key of {@code name}: the first 8 bytes of its SHA-256, so two names practically never share
     * a key (String.hashCode's 32 bits collide easily).
     */
    public static long key(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("quarry:" + name).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (d[i] & 0xff);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
