package dev.quarry.bench.narrow;

import dev.quarry.query.Column;
import dev.quarry.query.IntColumn;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/** The {@code user_tag} table, written by hand like {@link UsersTable}. */
public final class UserTagTable extends Table<UserTagTable.Tag> {
    static final TableDef DEF = TableDef.builder("user_tag")
            .column("id", DataType.INT)
            .column("user_id", DataType.INT)
            .column("category", DataType.INT)
            .column("label", DataType.string(64))
            .primaryKey("id")
            .index("user_tag_category_idx", "category")
            .build();

    public static final UserTagTable TAG = new UserTagTable(null);

    public final IntColumn id = intColumn("id");
    public final IntColumn userId = intColumn("user_id");
    public final IntColumn category = intColumn("category");
    public final Column<String> label = column("label", String.class);

    /**
     * One tag.
     *
     * @param id       its key
     * @param userId   the tagged user
     * @param category its category, 0..99
     * @param label    its text
     */
    public record Tag(int id, int userId, int category, String label) {
    }

    private UserTagTable(String alias) {
        super(DEF, alias);
    }

    @Override
    public UserTagTable as(String alias) {
        return new UserTagTable(alias);
    }

    @Override
    public Tag map(Row row, int o) {
        return new Tag(row.getInt(o), row.getInt(o + 1), row.getInt(o + 2), row.getString(o + 3));
    }

    @Override
    public Object value(Tag r, int column) {
        return switch (column) {
            case 0 -> r.id();
            case 1 -> r.userId();
            case 2 -> r.category();
            case 3 -> r.label();
            default -> throw new IndexOutOfBoundsException(column);
        };
    }

    @Override
    public boolean neverNull(int column) {
        return switch (column) {
            case 0, 1, 2 -> true;
            default -> false;
        };
    }
}
