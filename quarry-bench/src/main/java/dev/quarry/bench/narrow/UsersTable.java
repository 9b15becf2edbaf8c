package dev.quarry.bench.narrow;

import dev.quarry.query.Column;
import dev.quarry.query.IntColumn;
import dev.quarry.query.LongColumn;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/**
 * The narrow {@link User} tables, written by hand in the shape Quarry's processor generates for
 * {@code record User(@Id int id, @Column(length = 64) String name, ...)}: {@link #USERS}, {@link #INSERT} and
 * {@link #STREAM} share it.
 */
public final class UsersTable extends Table<User> {
    public static final UsersTable USERS = new UsersTable(def("users"), null);
    public static final UsersTable INSERT = new UsersTable(def("users_insert"), null);
    public static final UsersTable STREAM = new UsersTable(def("users_stream"), null);

    public final IntColumn id = intColumn("id");
    public final Column<String> name = column("name", String.class);
    public final Column<String> email = column("email", String.class);
    public final IntColumn age = intColumn("age");
    public final LongColumn createdAt = longColumn("created_at");

    private UsersTable(TableDef def, String alias) {
        super(def, alias);
    }

    private static TableDef def(String name) {
        return TableDef.builder(name)
                .column("id", DataType.INT)
                .column("name", DataType.string(64))
                .column("email", DataType.string(64))
                .column("age", DataType.INT)
                .column("created_at", DataType.LONG)
                .primaryKey("id")
                .build();
    }

    @Override
    public UsersTable as(String alias) {
        return new UsersTable(def(), alias);
    }

    @Override
    public User map(Row row, int o) {
        return new User(row.getInt(o), row.getString(o + 1), row.getString(o + 2), row.getInt(o + 3),
                row.getLong(o + 4));
    }

    @Override
    public Object value(User r, int column) {
        return switch (column) {
            case 0 -> r.id();
            case 1 -> r.name();
            case 2 -> r.email();
            case 3 -> r.age();
            case 4 -> r.createdAt();
            default -> throw new IndexOutOfBoundsException(column);
        };
    }

    @Override
    public boolean neverNull(int column) {
        return switch (column) {
            case 0, 3, 4 -> true;
            default -> false;
        };
    }
}
