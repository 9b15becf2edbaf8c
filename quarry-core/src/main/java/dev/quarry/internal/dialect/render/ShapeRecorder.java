package dev.quarry.internal.dialect.render;

import dev.quarry.query.Expression;
import dev.quarry.query.Param;
import dev.quarry.schema.DataType;
import java.util.Arrays;

/**
 * Records what a {@link SqlWriter} is given instead of writing the text: the tokens of a {@link QueryShapeKey} and the
 * parameters' values. One per recording, never shared.
 */
final class ShapeRecorder {
    /** Marks what the next token is, so an identifier and the same word as a keyword differ. */
    private static final Object IDENTIFIER = new Marker("identifier", 0x1d3a5f);
    private static final Object PARAMETER = new Marker("parameter", 0x2c4b7e);
    private static final Object TABLE_READ = new Marker("read", 0x3e5d91);

    private Object[] tokens = new Object[64];
    private int size;
    private int hash = 1;
    private Object[] values = new Object[4];
    private int count;
    /** A placeholder takes its value per run: such a statement is prepared, never planned per call. */
    private boolean placeholder;
    /** Values written into the text (grouped expressions): keeping the key would keep them. */
    private boolean inlined;

    void text(String s) {
        add(s, s.hashCode());
    }

    void text(char c) {
        add(c, c);
    }

    void number(int n) {
        add(n, n);
    }

    void identifier(String name) {
        add(IDENTIFIER, IDENTIFIER.hashCode());
        add(name, name.hashCode());
    }

    void read(String table) {
        add(TABLE_READ, TABLE_READ.hashCode());
        add(table, table.hashCode());
    }

    /** A parameter: its type and target join the key (equality only: a type's hash is not cached), its value not. */
    void parameter(Expression<?> e, DataType<?> type, String target) {
        add(PARAMETER, PARAMETER.hashCode());
        add(type, 0);
        add(target, target.hashCode());
        if (!(e instanceof Param<?> p)) {
            placeholder = true;
            return;
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = p.value();
    }

    /** The statement writes values into its text, so it gets no shape and is rendered per call. */
    void inlinesValues() {
        inlined = true;
    }

    private void add(Object token, int h) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
        }
        tokens[size++] = token;
        hash = 31 * hash + h;
    }

    /** The shape recorded, or null when the statement has a placeholder or writes values into its text. */
    RenderShape shape() {
        if (placeholder || inlined) {
            return null;
        }
        return new RenderShape(new QueryShapeKey(tokens, size, hash), count == values.length ? values
                : Arrays.copyOf(values, count));
    }

    private record Marker(String name, int code) {
        @Override
        public int hashCode() {
            return code;
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }
    }
}
