package dev.quarry.studio;

import dev.quarry.query.Table;
import dev.quarry.schema.TableDef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link Studio} serves: where it listens, whether it may write, where the migration files are, which of the
 * code's table definitions type its inputs, and how its grids stay live. Immutable; each method named for an
 * option returns a copy with that option changed.
 *
 * <pre>{@code
 * Studio.start(db, StudioOptions.defaults());                          // 127.0.0.1, a free port, the default mode
 * Studio.start(db, StudioOptions.defaults().port(4983).readOnly(true));
 * Studio.start(db, StudioOptions.defaults().tables(OrderTable.ORDER, CustomerTable.CUSTOMER));
 * }</pre>
 *
 * @param host             the address to bind: {@code 127.0.0.1} by default, so only this machine can connect.
 *                         Anything else exposes the database to the network (the token still guards every request).
 * @param port             the TCP port, 0 for a free one
 * @param readOnly         whether writes are refused; null for the default: writable on a local SQLite file
 *                         ({@code capabilities().embedded()}), read-only on anything else
 * @param migrations       the migrations directory (as {@code quarry migrate} uses it) whose state the Studio shows
 *                         when quarry-migrate is on the class path; null for none
 * @param pageSize         rows per page of a grid, 1 to 1,000
 * @param tables           the code's definitions of tables (from {@code @Table} records), used instead of
 *                         introspection to type the columns of the tables of the same name; empty for none
 * @param liveTriggers     whether a live grid on a server database may install Quarry's watch triggers on its table;
 *                         null for the default: yes when writable, no when read-only. Without them a grid is kept
 *                         live by re-reading its page every {@code livePollInterval}. A local SQLite file is watched
 *                         without installing anything, whatever this says.
 * @param livePollInterval how often a grid without triggers re-reads its page, 100 ms to 1 hour
 */
public record StudioOptions(String host, int port, Boolean readOnly, Path migrations, int pageSize,
                            List<TableDef> tables, Boolean liveTriggers, Duration livePollInterval) {

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
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
        Set<String> names = new HashSet<>();
        for (TableDef t : tables) {
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("the Studio was given two definitions of table '" + t.name()
                        + "': give each table once");
            }
        }
        Objects.requireNonNull(livePollInterval, "livePollInterval");
        if (livePollInterval.compareTo(Duration.ofMillis(100)) < 0
                || livePollInterval.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("the Studio's live poll interval must be 100 ms to 1 hour, was "
                    + livePollInterval);
        }
    }

    /** The options before {@link #tables}, {@link #liveTriggers} and {@link #livePollInterval} existed. */
    public StudioOptions(String host, int port, Boolean readOnly, Path migrations, int pageSize) {
        this(host, port, readOnly, migrations, pageSize, List.of(), null, Duration.ofSeconds(1));
    }

    /**
     * 127.0.0.1, a free port, the default mode, no migrations directory, 50 rows per page, types from introspection,
     * triggers when writable, polling every second otherwise.
     */
    public static StudioOptions defaults() {
        return new StudioOptions("127.0.0.1", 0, null, null, 50);
    }

    /** These options listening on {@code address} instead. */
    public StudioOptions host(String address) {
        return new StudioOptions(address, port, readOnly, migrations, pageSize, tables, liveTriggers,
                livePollInterval);
    }

    /** These options listening on {@code number} (0: a free port). */
    public StudioOptions port(int number) {
        return new StudioOptions(host, number, readOnly, migrations, pageSize, tables, liveTriggers,
                livePollInterval);
    }

    /** These options with writes refused ({@code true}) or allowed ({@code false}) whatever the database. */
    public StudioOptions readOnly(boolean refuseWrites) {
        return new StudioOptions(host, port, refuseWrites, migrations, pageSize, tables, liveTriggers,
                livePollInterval);
    }

    /** These options showing the state of the migrations in {@code directory}. */
    public StudioOptions migrations(Path directory) {
        return new StudioOptions(host, port, readOnly, directory, pageSize, tables, liveTriggers, livePollInterval);
    }

    /** These options with {@code rows} rows per page. */
    public StudioOptions pageSize(int rows) {
        return new StudioOptions(host, port, readOnly, migrations, rows, tables, liveTriggers, livePollInterval);
    }

    /**
     * These options typing the tables that {@code definitions} describe from the code instead of from
     * introspection: an enum column gets a choice of its constants and refuses any other text, a decimal its
     * precision and scale, a date, time or timestamp stored as text its java.time type, a JSON column a check that
     * the text is JSON. Tables are matched by name and columns by name; a column the code does not describe, or
     * whose type the database does not store as the code's type (the code and the database have drifted apart), is
     * typed from introspection, and the table's schema view says so. Replaces any definitions given before.
     *
     * <p>The definitions of a compiled project are on its class path: {@code TableIndex.load(loader).tables()}
     * (quarry-migrate) lists every table the annotation processor generated, and each generated table's
     * {@code def()} is one.
     */
    public StudioOptions tables(Collection<TableDef> definitions) {
        return new StudioOptions(host, port, readOnly, migrations, pageSize, new ArrayList<>(definitions),
                liveTriggers, livePollInterval);
    }

    /** These options typing the tables of {@code generated} (the processor's table objects) from the code. */
    public StudioOptions tables(Table<?>... generated) {
        List<TableDef> defs = new ArrayList<>();
        for (Table<?> t : generated) {
            defs.add(t.def());
        }
        return tables(defs);
    }

    /**
     * These options allowing ({@code true}) or forbidding ({@code false}) a live grid on a server database to
     * install Quarry's watch triggers on its table (docs/watch.md). Forbidden, a grid re-reads its page every
     * {@link #livePollInterval} instead, and the Studio leaves the database as it found it.
     */
    public StudioOptions liveTriggers(boolean install) {
        return new StudioOptions(host, port, readOnly, migrations, pageSize, tables, install, livePollInterval);
    }

    /** These options re-reading a grid without triggers every {@code interval}. */
    public StudioOptions livePollInterval(Duration interval) {
        return new StudioOptions(host, port, readOnly, migrations, pageSize, tables, liveTriggers, interval);
    }
}
