package dev.quarry.studio;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a {@link Studio} serves: where it listens, whether it may write, and where the migration files are. Immutable;
 * each {@code with...} method returns a copy.
 *
 * <pre>{@code
 * Studio.start(db, StudioOptions.defaults());                          // 127.0.0.1, a free port, the default mode
 * Studio.start(db, StudioOptions.defaults().port(4983).readOnly(true));
 * }</pre>
 *
 * @param host       the address to bind: {@code 127.0.0.1} by default, so only this machine can connect. Anything
 *                   else exposes the database to the network (the token still guards every request).
 * @param port       the TCP port, 0 for a free one
 * @param readOnly   whether writes are refused; null for the default: writable on a local SQLite file
 *                   ({@code capabilities().embedded()}), read-only on anything else
 * @param migrations the migrations directory (as {@code quarry migrate} uses it) whose state the Studio shows when
 *                   quarry-migrate is on the class path; null for none
 * @param pageSize   rows per page of a grid, 1 to 1,000
 */
public record StudioOptions(String host, int port, Boolean readOnly, Path migrations, int pageSize) {

    public StudioOptions {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the Studio's host is blank: give an address such as 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the Studio's port must be 0 (a free one) to 65535, was " + port);
        }
        if (pageSize < 1 || pageSize > 1_000) {
            throw new IllegalArgumentException("the Studio's page size must be 1 to 1000 rows, was " + pageSize);
        }
    }

    /** 127.0.0.1, a free port, the default mode, no migrations directory, 50 rows per page. */
    public static StudioOptions defaults() {
        return new StudioOptions("127.0.0.1", 0, null, null, 50);
    }

    /** These options listening on {@code address} instead. */
    public StudioOptions host(String address) {
        return new StudioOptions(address, port, readOnly, migrations, pageSize);
    }

    /** These options listening on {@code number} (0: a free port). */
    public StudioOptions port(int number) {
        return new StudioOptions(host, number, readOnly, migrations, pageSize);
    }

    /** These options with writes refused ({@code true}) or allowed ({@code false}) whatever the database. */
    public StudioOptions readOnly(boolean refuseWrites) {
        return new StudioOptions(host, port, refuseWrites, migrations, pageSize);
    }

    /** These options showing the state of the migrations in {@code directory}. */
    public StudioOptions migrations(Path directory) {
        return new StudioOptions(host, port, readOnly, directory, pageSize);
    }

    /** These options with {@code rows} rows per page. */
    public StudioOptions pageSize(int rows) {
        return new StudioOptions(host, port, readOnly, migrations, rows);
    }
}
