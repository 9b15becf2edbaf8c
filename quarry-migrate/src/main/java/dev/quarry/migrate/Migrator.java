package dev.quarry.migrate;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.spi.DdlOperations;
import dev.quarry.spi.DdlOperations.RebuildGuard;
import dev.quarry.spi.DdlOperations.SessionLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs a directory's migration files ({@link MigrationFiles}) on a database and keeps their history in
 * {@code quarry_schema_history}: which versions ran, the checksum of each file as it ran, when, how long, who.
 *
 * <ul>
 *   <li><b>One at a time.</b> A run holds a lock for as long as it reads what is pending and applies it: PostgreSQL's
 *       advisory lock, MariaDB's {@code GET_LOCK}, SQLite's write lock ({@code BEGIN IMMEDIATE}, checking the
 *       history again inside it). Two processes migrating at once apply each migration once.</li>
 *   <li><b>All or nothing where the database allows it.</b> On SQLite and PostgreSQL each migration runs in one
 *       transaction with its history row: a failure or a crash leaves no trace. MariaDB commits each DDL statement,
 *       so the history row counts the statements that ran; a run that stopped part-way (failed, or the process
 *       killed) is resumed from the next statement by the next run, which says so
 *       ({@link MigrationRun#notes()}).</li>
 *   <li><b>Files do not change once applied.</b> A run refuses to start when the checksum of an applied file
 *       differs from the history's, or an applied file is missing.</li>
 * </ul>
 *
 * Instances are cheap and hold no connection; use one per run.
 */
public final class Migrator {
    private final Quarry db;
    private final Path directory;
    private final String database;
    private final DdlOperations ddl;

    private Migrator(Quarry db, Path directory) {
        this.db = db;
        this.directory = directory;
        this.database = db.dialectName();
        this.ddl = db.platform().ddl();
    }

    /**
     * Opens {@code url} and applies the pending migrations of {@code directory} before handing the handle over: a
     * service that migrates on start. When a migration fails the handle is closed and the failure thrown.
     *
     * @throws MigrationException as {@link #migrate()} does
     */
    public static Quarry openMigrated(String url, dev.quarry.QuarrySettings settings, Path directory) {
        Quarry db = Quarry.open(url, settings);
        try {
            of(db, directory).migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** A migrator of {@code db} with the files of its database in {@code directory}. */
    public static Migrator of(Quarry db, Path directory) {
        return new Migrator(Objects.requireNonNull(db, "db"), Objects.requireNonNull(directory, "directory"));
    }

    /**
     * What one run did.
     *
     * @param applied the versions applied (up) or undone (down), in the order they ran
     * @param notes   what the run found and did about it, e.g. a migration resumed after an interrupted run
     */
    public record MigrationRun(List<Integer> applied, List<String> notes) {
        public MigrationRun {
            applied = List.copyOf(applied);
            notes = List.copyOf(notes);
        }
    }

    /**
     * One version's state on the database.
     *
     * @param version the version
     * @param name    its name
     * @param state   {@code applied}, {@code pending}, {@code changed} (applied, but its file changed since),
     *                {@code partial} (a run stopped part-way, MariaDB), {@code missing} (applied, but no file)
     */
    public record VersionState(int version, String name, String state) {
    }

    /** Every version of the files and of the history, by version. */
    public List<VersionState> status() {
        return locked(c -> {
            History h = new History(c, ddl);
            Map<Integer, History.Row> rows = h.rows();
            List<VersionState> out = new ArrayList<>();
            java.util.Set<Integer> seen = new java.util.TreeSet<>(rows.keySet());
            for (MigrationFiles.Migration m : files()) {
                seen.remove(m.version());
                History.Row row = rows.get(m.version());
                String state = row == null ? "pending"
                        : !History.APPLIED.equals(row.state()) ? "partial"
                        : !row.checksum().equals(checksum(m.up())) ? "changed" : "applied";
                out.add(new VersionState(m.version(), m.name(), state));
            }
            for (Integer v : seen) {
                out.add(new VersionState(v, rows.get(v).name(), "missing"));
            }
            out.sort(java.util.Comparator.comparingInt(VersionState::version));
            return out;
        });
    }

    /**
     * Applies every pending migration in version order.
     *
     * @throws MigrationException if an applied file changed or is missing (nothing ran), or a migration failed
     *                            (on SQLite and PostgreSQL it left no trace; on MariaDB the message says which
     *                            statements ran)
     */
    public MigrationRun migrate() {
        List<MigrationFiles.Migration> files = files();
        return locked(c -> {
            History h = new History(c, ddl);
            List<Integer> applied = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            validate(h.rows(), files);
            for (MigrationFiles.Migration m : files) {
                if (apply(c, h, m, notes)) {
                    applied.add(m.version());
                }
            }
            return new MigrationRun(applied, notes);
        });
    }

    /**
     * Undoes applied migrations newer than {@code version}, newest first, with their down files; {@code force}
     * goes past a down file that cannot bring back what its up file dropped.
     *
     * @throws MigrationException if a version to undo has no down file, or an irreversible one without
     *                            {@code force} (nothing ran), or a down file fails
     */
    public MigrationRun downTo(int version, boolean force) {
        List<MigrationFiles.Migration> files = files();
        return locked(c -> {
            History h = new History(c, ddl);
            Map<Integer, History.Row> rows = h.rows();
            validate(rows, files);
            List<MigrationFiles.Migration> undo = new ArrayList<>();
            for (MigrationFiles.Migration m : files) {
                if (m.version() > version && rows.containsKey(m.version())) {
                    undo.add(0, m);
                }
            }
            for (MigrationFiles.Migration m : undo) {
                if (m.down() == null) {
                    throw new MigrationException("V" + m.version() + " has no down file (U" + m.version() + "__"
                            + m.name() + ".sql); nothing was undone");
                }
                List<String> irreversible = read(m.down()).lines().filter(l -> l.startsWith(MigrationFiles.IRREVERSIBLE))
                        .map(l -> l.substring(MigrationFiles.IRREVERSIBLE.length())).toList();
                if (!irreversible.isEmpty() && !force) {
                    throw new MigrationException("going down past V" + m.version() + " cannot bring back what it"
                            + " dropped (" + String.join("; ", irreversible) + "); nothing was undone. Force it to"
                            + " go down anyway");
                }
            }
            List<Integer> done = new ArrayList<>();
            for (MigrationFiles.Migration m : undo) {
                runDown(c, h, m);
                done.add(m.version());
            }
            return new MigrationRun(done, List.of());
        });
    }

    /**
     * Records every migration up to {@code version} as applied without running it: for a database whose schema was
     * made before it had migrations.
     *
     * @throws MigrationException if the history is not empty
     */
    public MigrationRun baseline(int version) {
        List<MigrationFiles.Migration> files = files();
        return locked(c -> {
            History h = new History(c, ddl);
            if (!h.rows().isEmpty()) {
                throw new MigrationException("the database already has a migration history; a baseline is for a"
                        + " database without one");
            }
            List<Integer> done = new ArrayList<>();
            for (MigrationFiles.Migration m : files) {
                if (m.version() <= version) {
                    int n = body(m.up()).statements().size();
                    h.insert(new History.Row(m.version(), m.name(), checksum(m.up()), History.APPLIED, n, n), 0);
                    done.add(m.version());
                }
            }
            return new MigrationRun(done, List.of("baselined without running: " + done));
        });
    }

    private List<MigrationFiles.Migration> files() {
        return MigrationFiles.list(directory, database);
    }

    private void validate(Map<Integer, History.Row> rows, List<MigrationFiles.Migration> files) {
        Map<Integer, MigrationFiles.Migration> byVersion = new java.util.HashMap<>();
        files.forEach(m -> byVersion.put(m.version(), m));
        for (History.Row row : rows.values()) {
            MigrationFiles.Migration m = byVersion.get(row.version());
            if (m == null) {
                throw new MigrationException("V" + row.version() + " (" + row.name() + ") was applied but its file is"
                        + " not in " + directory.resolve(database) + "; restore it");
            }
            String now = checksum(m.up());
            if (History.APPLIED.equals(row.state()) && !now.equals(row.checksum())) {
                throw new MigrationException(m.up().getFileName() + " changed after it was applied (checksum "
                        + row.checksum().substring(0, 12) + "... then, " + now.substring(0, 12) + "... now); nothing"
                        + " ran. Restore the file as it was applied (git history), and put the new change in a new"
                        + " migration");
            }
        }
    }

    /** Applies {@code m} unless it is applied; whether it ran. */
    private boolean apply(Connection c, History h, MigrationFiles.Migration m, List<String> notes)
            throws SQLException {
        Body body = body(m.up());
        String sum = checksum(m.up());
        if (!db.platform().capabilities().transactionalDdl() || body.noTransaction()) {
            return applyStatementByStatement(c, h, m, body, sum, notes);
        }
        int n = body.statements().size();
        try {
            return DdlTransaction.run(c, embedded(), body.guard(), body.rebuilt(), "V" + m.version(), s -> {
                if (h.rows().containsKey(m.version())) {
                    return false; // another process applied it while this one waited for the lock
                }
                long start = System.nanoTime();
                for (String sql : body.statements()) {
                    s.execute(sql);
                }
                h.insert(new History.Row(m.version(), m.name(), sum, History.APPLIED, n, n), millisSince(start));
                return true;
            });
        } catch (SQLException | RuntimeException e) {
            throw failed(m, e);
        }
    }

    /**
     * MariaDB, and an online migration anywhere: each statement commits, so the history row counts them and a
     * stopped run resumes.
     */
    private boolean applyStatementByStatement(Connection c, History h, MigrationFiles.Migration m, Body body,
                                              String sum, List<String> notes) throws SQLException {
        History.Row row = h.rows().get(m.version());
        if (row != null && History.APPLIED.equals(row.state())) {
            return false;
        }
        int total = body.statements().size();
        int from = 0;
        if (row != null) {
            if (!row.checksum().equals(sum)) {
                throw new MigrationException("V" + m.version() + " stopped after statement " + row.statementsDone()
                        + " of " + row.statementsTotal() + " in an earlier run, and its file changed since; restore the"
                        + " file as it was, or finish the migration by hand and set statements_done to "
                        + row.statementsTotal() + " and state to 'applied' in " + History.TABLE);
            }
            from = row.statementsDone();
            notes.add("V" + m.version() + " had stopped after statement " + from + " of " + total
                    + " in an earlier run (failed or interrupted); resumed with statement " + (from + 1));
        } else {
            h.insert(new History.Row(m.version(), m.name(), sum, History.RUNNING, 0, total), 0);
        }
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (int i = from; i < total; i++) {
                try {
                    s.execute(body.statements().get(i));
                } catch (SQLException e) {
                    throw new MigrationException("V" + m.version() + " (" + m.name() + "): statement " + (i + 1) + " of "
                            + total + " failed: " + e.getMessage() + ". Statements 1 to " + i + " ran and stay"
                            + " applied (this migration runs statement by statement). Fix the cause and run again: the run"
                            + " resumes with statement " + (i + 1) + "; if it ran after all, finish the migration by"
                            + " hand and set statements_done to " + total + " and state to 'applied' in "
                            + History.TABLE, body.statements().get(i), e);
                }
                h.progress(m.version(), i + 1, i + 1 == total ? History.APPLIED : History.RUNNING, millisSince(start));
            }
            if (total == 0) {
                h.progress(m.version(), 0, History.APPLIED, 0);
            }
        }
        return true;
    }

    private void runDown(Connection c, History h, MigrationFiles.Migration m) throws SQLException {
        Body body = body(m.down());
        if (!db.platform().capabilities().transactionalDdl()) {
            try (Statement s = c.createStatement()) {
                for (int i = 0; i < body.statements().size(); i++) {
                    try {
                        s.execute(body.statements().get(i));
                    } catch (SQLException e) {
                        throw new MigrationFailedException(i, body.statements(), e);
                    }
                }
            }
            h.delete(m.version());
            return;
        }
        try {
            DdlTransaction.run(c, embedded(), body.guard(), body.rebuilt(), "U" + m.version(), s -> {
                for (String sql : body.statements()) {
                    s.execute(sql);
                }
                h.delete(m.version());
                return true;
            });
        } catch (SQLException | RuntimeException e) {
            throw failed(m, e);
        }
    }

    private boolean embedded() {
        return db.platform().capabilities().embedded();
    }

    private <T> T locked(dev.quarry.ConnectionWork<T> work) {
        return db.withConnection(ConnectionAccess.WRITE, c -> {
            SessionLock lock = ddl.sessionLock("migrate").orElse(null);
            try (Statement s = c.createStatement()) {
                if (lock != null) {
                    try (ResultSet rs = s.executeQuery(lock.acquire())) {
                        if (!rs.next() || "0".equals(rs.getString(1))) {
                            throw new MigrationException("another process has been migrating this database for 10"
                                    + " minutes; nothing ran");
                        }
                    }
                }
                try {
                    new History(c, ddl).create();
                    return work.run(c);
                } finally {
                    if (lock != null) {
                        try (ResultSet rs = s.executeQuery(lock.release())) {
                            rs.next();
                        }
                    }
                }
            }
        });
    }

    private static MigrationException failed(MigrationFiles.Migration m, Exception e) {
        if (e instanceof MigrationException me) {
            return me;
        }
        String sql = e instanceof dev.quarry.error.QuarryException q ? q.sql() : null;
        return new MigrationException("V" + m.version() + " (" + m.name() + ") failed and was rolled back, nothing of"
                + " it stays: " + e.getMessage(), sql, e);
    }

    /** A file's statements, with the rebuild guard taken out where the file has one (the runner runs it). */
    private record Body(List<String> statements, RebuildGuard guard, List<String> rebuilt, boolean noTransaction) {
    }

    private Body body(Path file) {
        String text = read(file);
        List<String> statements = SqlScript.statements(text, ddl.backslashEscapes());
        RebuildGuard guard = ddl.rebuildGuard().orElse(null);
        if (guard != null && text.lines().anyMatch(l -> l.startsWith(MigrationFiles.GUARDED))) {
            int n = statements.size();
            if (n < 4 || !statements.get(0).equals(guard.beforeTransaction())
                    || !statements.get(1).equals(MigrationFiles.OPEN) || !statements.get(n - 2).equals(MigrationFiles.CLOSE)
                    || !statements.get(n - 1).equals(guard.afterTransaction())) {
                throw new MigrationException(file + " says it rebuilds a table but does not begin with "
                        + guard.beforeTransaction() + "; " + MigrationFiles.OPEN + "; and end with "
                        + MigrationFiles.CLOSE + "; " + guard.afterTransaction() + "; as generated");
            }
            List<String> rebuilt = text.lines().filter(l -> l.startsWith(MigrationFiles.REBUILD_OF))
                    .map(l -> l.substring(MigrationFiles.REBUILD_OF.length()).strip()).toList();
            return new Body(statements.subList(2, n - 2), guard, rebuilt, false);
        }
        boolean noTransaction = text.lines().anyMatch(l -> l.startsWith(MigrationFiles.NO_TRANSACTION));
        return new Body(statements, null, List.of(), noTransaction);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** SHA-256 of the file with its line ends as {@code \n}, so a checkout on Windows does not change it. */
    static String checksum(Path file) {
        try {
            byte[] text = read(file).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
