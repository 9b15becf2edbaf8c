package dev.quarry.internal.dialect.mariadb;

import java.time.Duration;
import java.util.Properties;

/** The mariadb-java-client connection properties Quarry sets; properties in the URL take precedence. Stateless. */
public final class MariaDbDriverProperties {
    private MariaDbDriverProperties() {
    }

    /**
     * Adds Quarry's MariaDB driver properties to {@code p}; a {@code busyTimeout} MariaDB cannot honour is an
     * {@link IllegalArgumentException} saying what to set.
     */
    public static void addTo(Properties p, Duration busyTimeout) {
        p.setProperty("sessionVariables", "innodb_lock_wait_timeout=" + lockWaitSeconds(busyTimeout));
    }

    /**
     * The row-lock wait, {@code innodb_lock_wait_timeout}, is a whole number of seconds
     * (https://mariadb.com/kb/en/innodb-system-variables/#innodb_lock_wait_timeout); a fraction is refused by the
     * server ("Incorrect argument type"). Its minimum is 0 on MariaDB since 10.3 but 1 on older MariaDB and on MySQL
     * (https://dev.mysql.com/doc/refman/8.0/en/innodb-parameters.html#sysvar_innodb_lock_wait_timeout), which
     * would quietly turn 0 into 1 s; so a busyTimeout that is not a whole number of seconds from 1 up is refused
     * instead of rounded.
     */
    static long lockWaitSeconds(Duration busyTimeout) {
        long ms = busyTimeout.toMillis();
        if (ms >= 1000 && ms % 1000 == 0) {
            return ms / 1000;
        }
        long floor = ms / 1000;
        String set = floor == 0 ? "1 s (or use SELECT ... FOR UPDATE NOWAIT where a statement must not wait, "
                + "https://mariadb.com/kb/en/wait-and-nowait/)" : floor + " s or " + (floor + 1) + " s";
        throw new IllegalArgumentException("busyTimeout of " + ms + " ms cannot be given to MariaDB, whose "
                + "innodb_lock_wait_timeout counts whole seconds from 1; set " + set);
    }
}
