package dev.quarry.bench.watch;

import dev.quarry.query.Column;
import dev.quarry.query.Row;
import dev.quarry.query.Table;
import dev.quarry.schema.DataType;
import dev.quarry.schema.TableDef;

/** A table {@code <name>(id, n)} of {@link Note}s, written by hand in the generated shape; one per name. */
public final class NoteTable extends Table<Note> {
    public final Column<Long> id = column("id", Long.class);
    public final Column<Long> n = column("n", Long.class);

    private NoteTable(TableDef def, String alias) {
        super(def, alias);
    }

    /** The table named {@code name}. */
    public static NoteTable named(String name) {
        return new NoteTable(TableDef.builder(name).column("id", DataType.LONG).column("n", DataType.LONG)
                .primaryKey("id").build(), null);
    }

    @Override
    public NoteTable as(String alias) {
        return new NoteTable(def(), alias);
    }

    @Override
    public Note map(Row row, int o) {
        return new Note(row.getLong(o), row.getLong(o + 1));
    }

    @Override
    public Object value(Note r, int column) {
        return switch (column) {
            case 0 -> r.id();
            case 1 -> r.n();
            default -> throw new IndexOutOfBoundsException(column);
        };
    }
}
