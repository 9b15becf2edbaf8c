package dev.quarry.sync;

import dev.quarry.ConnectionAccess;
import dev.quarry.Quarry;
import dev.quarry.query.Column;
import dev.quarry.query.QueryFactory;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The offline replica's upload queue in the local file, filled by SQLite triggers (../shared/SYNC.md, "Writes"), so
 * every write to a replicated table is captured in the writing transaction itself, whoever writes: the DSL, raw SQL,
 * another connection or process. {@code quarry_sync_outbox} holds one row per written row (its sequence, table, kind,
 * for an update the columns that changed, and what tells its local transaction apart) and
 * {@code quarry_sync_out_<table>} the row's image (the new row; for a delete the old one), in columns without a
 * declared type so SQLite stores the values exactly as the table held them. While a pull is applied the triggers are
 * silent ({@link ReplicaState#capturingSql()}). A rejected transaction's rows move to {@code quarry_sync_rejected},
 * images kept. Stateless; the file is the state.
 *
 * <p>Local transactions. A row written through the replica's own handle carries its transaction's token
 * ({@code txn}, stamped by {@link TransactionTokens}); a row written by another connection or process has none and
 * carries only its epoch ({@code mutation}: the capture counter, advanced by each {@link #seal}), so such writes made
 * between two syncs form one group, never split. Before a push, {@link #seal} gives each local transaction (each run
 * of consecutive rows with one token, or without a token and of one epoch) its id ({@code tx}), in commit order, in
 * a committed local transaction: a push repeated after a crash or a lost acknowledgement sends the same transaction
 * under the same id.
 */
final class Outbox {
    static final String TABLE = "quarry_sync_outbox";
    static final String REJECTED = "quarry_sync_rejected";

    private Outbox() {
    }

    /** Creates the queue and, with {@code capture}, the triggers; without, drops the triggers (queued rows stay). */
    static void install(Quarry local, List<Table<?>> tables, boolean capture) {
        local.transactionRun(tx -> {
            tx.withConnection(ConnectionAccess.WRITE, c -> {
                try (Statement st = c.createStatement()) {
                    createQueue(st);
                }
                return null;
            });
            for (Table<?> t : tables) {
                tx.sql("CREATE TABLE IF NOT EXISTS " + image(local, t) + " (quarry_seq INTEGER PRIMARY KEY, "
                        + t.columns().stream().map(c -> local.quote(c.name())).collect(Collectors.joining(", "))
                        + ")").execute();
                for (String kind : List.of("i", "u", "k", "d")) {
                    tx.sql("DROP TRIGGER IF EXISTS " + trigger(local, t, kind)).execute();
                }
                if (capture) {
                    createTriggers(tx, local, t);
                }
            }
        });
    }

    /**
     * Makes the queue's tables if they do not exist (on the raw connection: {@link TransactionTokens} runs it as a
     * connection is opened).
     */
    static void createQueue(Statement st) throws SQLException {
        st.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (seq INTEGER PRIMARY KEY AUTOINCREMENT, mutation "
                + "INTEGER NOT NULL, tbl TEXT NOT NULL, op TEXT NOT NULL, changed TEXT, txn INTEGER, tx INTEGER)");
        st.execute("CREATE TABLE IF NOT EXISTS " + REJECTED + " (seq INTEGER PRIMARY KEY, mutation INTEGER NOT NULL, "
                + "tbl TEXT NOT NULL, op TEXT NOT NULL, changed TEXT, reason TEXT NOT NULL, read_again INTEGER "
                + "NOT NULL)");
        boolean older;
        try (java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM pragma_table_info('" + TABLE + "') WHERE "
                + "name = 'tx'")) {
            older = rs.next() && rs.getInt(1) == 0;
        }
        if (older) { // a queue made before local transactions were told apart
            st.execute("ALTER TABLE " + TABLE + " ADD COLUMN txn INTEGER");
            st.execute("ALTER TABLE " + TABLE + " ADD COLUMN tx INTEGER");
        }
    }

    private static void createTriggers(QueryFactory tx, Quarry db, Table<?> t) {
        String on = " ON " + db.quote(t.name()) + " WHEN " + ReplicaState.capturingSql();
        String sameKey = t.primaryKey().stream().map(k -> "OLD." + db.quote(k.name()) + " IS NEW." + db.quote(k.name()))
                .collect(Collectors.joining(" AND "));
        String changed = "',' || " + t.columns().stream().map(c -> "CASE WHEN OLD." + db.quote(c.name()) + " IS NOT NEW."
                + db.quote(c.name()) + " THEN " + literal(c.name() + ",") + " ELSE '' END")
                .collect(Collectors.joining(" || "));
        tx.sql("CREATE TRIGGER " + trigger(db, t, "i") + " AFTER INSERT" + on + " BEGIN "
                + log(db, t, "I", "NULL", "NEW") + " END").execute();
        tx.sql("CREATE TRIGGER " + trigger(db, t, "u") + " AFTER UPDATE" + on + " AND " + sameKey + " BEGIN "
                + log(db, t, "U", changed, "NEW") + " END").execute();
        tx.sql("CREATE TRIGGER " + trigger(db, t, "k") + " AFTER UPDATE" + on + " AND NOT (" + sameKey + ") BEGIN "
                + log(db, t, "D", "NULL", "OLD") + log(db, t, "I", "NULL", "NEW") + " END").execute();
        tx.sql("CREATE TRIGGER " + trigger(db, t, "d") + " AFTER DELETE" + on + " BEGIN "
                + log(db, t, "D", "NULL", "OLD") + " END").execute();
    }

    private static String log(Quarry db, Table<?> t, String op, String changed, String row) {
        return "INSERT INTO " + TABLE + " (mutation, tbl, op, changed) VALUES (" + ReplicaState.currentMutationSql()
                + ", " + literal(t.name()) + ", '" + op + "', " + changed + "); "
                + "INSERT INTO " + image(db, t) + " VALUES ((SELECT max(seq) FROM " + TABLE + "), "
                + t.columns().stream().map(c -> row + "." + db.quote(c.name())).collect(Collectors.joining(", "))
                + "); ";
    }

    private static String image(Quarry db, Table<?> t) {
        return db.quote(CaptureNames.outImage(t));
    }

    private static String trigger(Quarry db, Table<?> t, String kind) {
        return db.quote(CaptureNames.outTrigger(t, kind));
    }

    private static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static boolean isEmpty(QueryFactory db) {
        return db.sql("SELECT count(*) FROM " + TABLE).fetch(r -> r.get(0, DataType.LONG)).get(0) == 0;
    }

    /**
     * Gives every local transaction queued and not yet sealed its id, oldest first, in the caller's local write
     * transaction (which holds SQLite's single writer, so every row it sees is committed); rows written after it by
     * another process start a new epoch. Ids come from the mutation counter, so they only grow.
     */
    static void seal(QueryFactory tx) {
        ReplicaState.closeMutation(tx);
        List<long[]> runs = new ArrayList<>(); // {first seq, last seq}
        Object[] previous = null;
        for (Object[] row : tx.sql("SELECT seq, mutation, txn FROM " + TABLE + " WHERE tx IS NULL ORDER BY seq")
                .fetch(r -> new Object[]{r.get(0, DataType.LONG), r.get(1, DataType.LONG), r.get(2, DataType.LONG)})) {
            boolean same = previous != null && (row[2] != null ? row[2].equals(previous[2])
                    : previous[2] == null && row[1].equals(previous[1]));
            if (same) {
                runs.get(runs.size() - 1)[1] = (Long) row[0];
            } else {
                runs.add(new long[]{(Long) row[0], (Long) row[0]});
            }
            previous = row;
        }
        for (long[] run : runs) {
            tx.sql("UPDATE " + TABLE + " SET tx = ? WHERE tx IS NULL AND seq BETWEEN ? AND ?",
                    ReplicaState.closeMutation(tx), run[0], run[1]).execute();
        }
    }

    /** The sealed local transactions, oldest first, each with its rows in order. */
    static List<Mutation> pending(Quarry local, List<Table<?>> tables) {
        TreeMap<Long, Entry> bySeq = new TreeMap<>();
        for (Table<?> t : tables) {
            read(local, t, TABLE, "o.tx IS NOT NULL", null).forEach(e -> bySeq.put(e.seq(), e));
        }
        TreeMap<Long, List<LocalChange>> byTransaction = new TreeMap<>();
        bySeq.values().forEach(e -> byTransaction.computeIfAbsent(e.mutation(), m -> new ArrayList<>())
                .add(e.change()));
        List<Mutation> out = new ArrayList<>();
        byTransaction.forEach((id, changes) -> out.add(new Mutation(id, changes)));
        return out;
    }

    /** The primary applied local transaction {@code id} (now or before): it leaves the queue. */
    static void acknowledge(Quarry local, List<Table<?>> tables, long id) {
        local.transactionRun(tx -> {
            for (Table<?> t : tables) {
                tx.sql("DELETE FROM " + image(local, t) + " WHERE quarry_seq IN (SELECT seq FROM " + TABLE
                        + " WHERE tx = ?)", id).execute();
            }
            tx.sql("DELETE FROM " + TABLE + " WHERE tx = ?", id).execute();
        });
    }

    /** The primary refused local transaction {@code id}: it moves aside, and the next pull reads its keys again. */
    static void reject(Quarry local, long id, String reason) {
        local.transactionRun(tx -> {
            tx.sql("INSERT INTO " + REJECTED + " (seq, mutation, tbl, op, changed, reason, read_again) SELECT seq, "
                    + "tx, tbl, op, changed, ?, 1 FROM " + TABLE + " WHERE tx = ?", reason, id).execute();
            tx.sql("DELETE FROM " + TABLE + " WHERE tx = ?", id).execute();
        });
    }

    /** The keys of rejected writes the next pull must read again, by table name. */
    static Map<String, List<Object[]>> toReadAgain(Quarry local, List<Table<?>> tables) {
        Map<String, List<Object[]>> keys = new LinkedHashMap<>();
        for (Table<?> t : tables) {
            List<Object[]> k = read(local, t, REJECTED, "o.read_again = 1", null).stream()
                    .map(e -> e.change().key().values().toArray()).toList();
            if (!k.isEmpty()) {
                keys.put(t.name(), k);
            }
        }
        return keys;
    }

    /** In the pull's local transaction: the keys read again are as the primary has them now. */
    static void readAgainDone(QueryFactory tx) {
        tx.sql("UPDATE " + REJECTED + " SET read_again = 0 WHERE read_again = 1").execute();
    }

    static List<RejectedWrite> rejected(Quarry local, List<Table<?>> tables) {
        TreeMap<Long, List<Entry>> byMutation = new TreeMap<>();
        for (Table<?> t : tables) {
            read(local, t, REJECTED, "1 = 1", null)
                    .forEach(e -> byMutation.computeIfAbsent(e.mutation(), m -> new ArrayList<>()).add(e));
        }
        List<RejectedWrite> out = new ArrayList<>();
        byMutation.forEach((id, entries) -> {
            entries.sort(Comparator.comparingLong(Entry::seq));
            String reason = local.sql("SELECT reason FROM " + REJECTED + " WHERE mutation = ? LIMIT 1", id)
                    .fetch(r -> r.get(0, DataType.STRING)).get(0);
            out.add(new RejectedWrite(id, entries.stream().map(Entry::change).toList(), reason));
        });
        return out;
    }

    static void clearRejected(Quarry local, List<Table<?>> tables) {
        local.transactionRun(tx -> {
            for (Table<?> t : tables) {
                tx.sql("DELETE FROM " + image(local, t) + " WHERE quarry_seq IN (SELECT seq FROM " + REJECTED + ")")
                        .execute();
            }
            tx.sql("DELETE FROM " + REJECTED).execute();
        });
    }

    private static List<Entry> read(Quarry local, Table<?> t, String from, String where, Object arg) {
        String id = from.equals(TABLE) ? "o.tx" : "o.mutation";
        String sql = "SELECT o.seq, " + id + ", o.op, o.changed, " + t.columns().stream()
                .map(c -> "i." + local.quote(c.name())).collect(Collectors.joining(", ")) + " FROM " + from + " o JOIN "
                + image(local, t) + " i ON i.quarry_seq = o.seq WHERE o.tbl = ? AND " + where + " ORDER BY o.seq";
        Object[] args = arg == null ? new Object[]{t.name()} : new Object[]{t.name(), arg};
        return local.sql(sql, args).fetch(r -> entry(t, r));
    }

    private static Entry entry(Table<?> t, Row r) {
        String op = r.get(2, DataType.STRING);
        String changed = r.get(3, DataType.STRING);
        Map<String, Object> key = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column<?> k : t.primaryKey()) {
            key.put(k.name(), r.get(4 + k.index(), k.type()));
        }
        for (Column<?> c : t.columns()) {
            Object v = r.get(4 + c.index(), c.type());
            boolean send = switch (op) {
                case "I" -> true;
                case "U" -> changed != null && changed.contains("," + c.name() + ",");
                default -> false;
            };
            if (send) {
                values.put(c.name(), v);
            }
        }
        LocalChange.Kind kind = switch (op) {
            case "I" -> LocalChange.Kind.INSERT;
            case "U" -> LocalChange.Kind.UPDATE;
            default -> LocalChange.Kind.DELETE;
        };
        return new Entry(r.get(0, DataType.LONG), r.get(1, DataType.LONG), new LocalChange(t.name(), kind, key,
                values));
    }

    private record Entry(long seq, long mutation, LocalChange change) {
    }

    /** One queued local transaction, pushed as one primary transaction. */
    record Mutation(long id, List<LocalChange> changes) {
    }
}
