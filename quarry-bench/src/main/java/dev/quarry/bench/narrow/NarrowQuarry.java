package dev.quarry.bench.narrow;

import static dev.quarry.query.Dsl.param;

import dev.quarry.Quarry;
import dev.quarry.QuarrySettings;
import dev.quarry.bench.model.BenchDb;
import dev.quarry.query.Condition;
import dev.quarry.query.Prepared;
import dev.quarry.query.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Quarry through its public API. Reads run prepared ({@code prepare()} renders once) or, with {@code adHoc}, as the
 * query built and run per call, the form code starts with. Inserts run {@code values(list)} (multi-row) or, with
 * {@code batch}, {@code batch(list)} (one JDBC batch); updates run {@code setRecords(list)} or, with {@code batch},
 * a prepared update given {@code Object[]} rows through {@code executeBatch}.
 */
public final class NarrowQuarry implements NarrowWorkload {
    private static final UsersTable U = UsersTable.USERS.as("u");
    private static final UserTagTable T = UserTagTable.TAG.as("t");

    private final Quarry db;
    private final boolean adHoc;
    private final boolean batch;
    private final Prepared<User> find;
    private final Prepared<User> all;
    private final Prepared<UserJoin> join;
    private final Prepared<Void> update;

    public NarrowQuarry(BenchDb target, boolean adHoc, boolean batch) {
        this.adHoc = adHoc;
        this.batch = batch;
        QuarrySettings.Builder settings = QuarrySettings.builder();
        if (target.user() != null) { // a server: a pool of 4, as the peers get
            settings.username(target.user()).password(target.password()).maxPoolSize(4);
        }
        db = Quarry.open(target.quarryUrl(), settings.build());
        UsersTable users = UsersTable.USERS;
        find = db.selectFrom(users).where(users.id.eq(param(users.id))).prepare();
        all = db.selectFrom(users).prepare();
        join = joinSelect(T.category.eq(param(T.category))).prepare();
        update = db.update(users)
                .set(users.name, param(users.name))
                .set(users.email, param(users.email))
                .set(users.age, param(users.age))
                .set(users.createdAt, param(users.createdAt))
                .where(users.id.eq(param(users.id)))
                .prepare();
    }

    private Select<UserJoin> joinSelect(Condition where) {
        return db.select(U.id, U.name, U.email, T.label)
                .from(U)
                .join(T).on(T.userId.eq(U.id))
                .where(where)
                .orderBy(U.id)
                .map(t -> new UserJoin(t.v1(), t.v2(), t.v3(), t.v4()));
    }

    @Override
    public void insert(List<User> rows) {
        db.transactionRun(tx -> {
            if (batch) {
                tx.insertInto(UsersTable.INSERT).batch(rows).execute();
            } else {
                tx.insertInto(UsersTable.INSERT).values(rows).execute();
            }
        });
    }

    @Override
    public User findById(int id) {
        if (adHoc) {
            return db.selectFrom(UsersTable.USERS).where(UsersTable.USERS.id.eq(id)).fetchOne();
        }
        return find.fetchOne(id);
    }

    @Override
    public List<User> readAll() {
        return adHoc ? db.selectFrom(UsersTable.USERS).fetch() : all.fetch();
    }

    @Override
    public void update(List<User> rows) {
        if (!batch) {
            db.transactionRun(tx -> tx.update(UsersTable.USERS).setRecords(rows).execute());
            return;
        }
        List<Object[]> values = new ArrayList<>(rows.size());
        for (User u : rows) {
            values.add(new Object[] {u.name(), u.email(), u.age(), u.createdAt(), u.id()});
        }
        update.executeBatch(values);
    }

    @Override
    public List<UserJoin> join(int category) {
        return adHoc ? joinSelect(T.category.eq(category)).fetch() : join.fetch(category);
    }

    @Override
    public long stream(Consumer<Object> sink) {
        long n = 0;
        try (Stream<User> rows = db.selectFrom(UsersTable.STREAM).stream()) {
            var it = rows.iterator();
            while (it.hasNext()) {
                sink.accept(it.next());
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        db.close();
    }
}
