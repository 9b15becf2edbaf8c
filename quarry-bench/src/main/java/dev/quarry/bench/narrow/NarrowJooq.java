package dev.quarry.bench.narrow;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.model.BenchDb;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ 3.19 as in {@code JooqWorkload}: DSL with names, {@code Records.mapping}, batches with bind values flushed
 * every {@code batch} rows, execute logging off, a HikariCP pool.
 */
public final class NarrowJooq implements NarrowWorkload {
    private static final Table<Record> USERS = table(name("users"));
    private static final Table<Record> INSERT = table(name("users_insert"));
    private static final Table<Record> STREAM = table(name("users_stream"));
    private static final Field<Integer> ID = field(name("id"), SQLDataType.INTEGER.notNull());
    private static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR(64).notNull());
    private static final Field<String> EMAIL = field(name("email"), SQLDataType.VARCHAR(64).notNull());
    private static final Field<Integer> AGE = field(name("age"), SQLDataType.INTEGER.notNull());
    private static final Field<Long> CREATED_AT = field(name("created_at"), SQLDataType.BIGINT.notNull());
    private static final Table<Record> U = USERS.as("u");
    private static final Table<Record> T = table(name("user_tag")).as("t");
    private static final Field<Integer> U_ID = field(name("u", "id"), SQLDataType.INTEGER);
    private static final Field<String> U_NAME = field(name("u", "name"), SQLDataType.VARCHAR(64));
    private static final Field<String> U_EMAIL = field(name("u", "email"), SQLDataType.VARCHAR(64));
    private static final Field<Integer> T_USER_ID = field(name("t", "user_id"), SQLDataType.INTEGER);
    private static final Field<Integer> T_CATEGORY = field(name("t", "category"), SQLDataType.INTEGER);
    private static final Field<String> T_LABEL = field(name("t", "label"), SQLDataType.VARCHAR(64));

    private final HikariDataSource pool;
    private final DSLContext ctx;
    private final int batch;

    public NarrowJooq(BenchDb db, int batch) {
        this.batch = batch;
        pool = db.pool("jooq");
        SQLDialect dialect = switch (db) {
            case SQLITE -> SQLDialect.SQLITE;
            case POSTGRES -> SQLDialect.POSTGRES;
            case MARIADB -> SQLDialect.MARIADB;
        };
        ctx = DSL.using(pool, dialect, new Settings().withExecuteLogging(false));
    }

    @Override
    public void insert(List<User> rows) {
        ctx.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (int from = 0; from < rows.size(); from += batch) {
                BatchBindStep b = tx.batch(tx.insertInto(INSERT, ID, NAME, EMAIL, AGE, CREATED_AT)
                        .values((Integer) null, null, null, null, null));
                for (User u : rows.subList(from, Math.min(rows.size(), from + batch))) {
                    b.bind(u.id(), u.name(), u.email(), u.age(), u.createdAt());
                }
                b.execute();
            }
        });
    }

    @Override
    public User findById(int id) {
        return ctx.select(ID, NAME, EMAIL, AGE, CREATED_AT).from(USERS).where(ID.eq(id))
                .fetchOne(Records.mapping(User::new));
    }

    @Override
    public List<User> readAll() {
        return ctx.select(ID, NAME, EMAIL, AGE, CREATED_AT).from(USERS).fetch(Records.mapping(User::new));
    }

    @Override
    public void update(List<User> rows) {
        ctx.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            BatchBindStep b = tx.batch(tx.update(USERS)
                    .set(NAME, (String) null)
                    .set(EMAIL, (String) null)
                    .set(AGE, (Integer) null)
                    .set(CREATED_AT, (Long) null)
                    .where(ID.eq((Integer) null)));
            for (User u : rows) {
                b.bind(u.name(), u.email(), u.age(), u.createdAt(), u.id());
            }
            b.execute();
        });
    }

    @Override
    public List<UserJoin> join(int category) {
        return ctx.select(U_ID, U_NAME, U_EMAIL, T_LABEL)
                .from(U)
                .join(T).on(T_USER_ID.eq(U_ID))
                .where(T_CATEGORY.eq(category))
                .orderBy(U_ID)
                .fetch(Records.mapping(UserJoin::new));
    }

    @Override
    public long stream(Consumer<Object> sink) {
        return ctx.transactionResult(cfg -> {
            long n = 0;
            try (Stream<User> rows = cfg.dsl().select(ID, NAME, EMAIL, AGE, CREATED_AT).from(STREAM)
                    .fetchSize(NarrowJdbc.FETCH_SIZE).fetchStream().map(Records.mapping(User::new))) {
                var it = rows.iterator();
                while (it.hasNext()) {
                    sink.accept(it.next());
                    n++;
                }
            }
            return n;
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
