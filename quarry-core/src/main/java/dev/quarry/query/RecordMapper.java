package dev.quarry.query;

import dev.quarry.error.QuarryException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * Maps each row of a select into a record of the user's, by position: item {@code i} of the select list is the
 * record's component {@code i}. Checked once, when {@code into} is called: as many components as items, and each
 * component's type takes its item's values (the same class, or the primitive of its box). Each row then calls the
 * canonical constructor through one method handle that reads every item straight from the row, primitives without
 * boxing: no array or tuple per row. A NULL read into a primitive component is a {@link QuarryException} naming
 * it, never a silent 0.
 */
final class RecordMapper {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle READ_OBJECT;
    private static final MethodHandle READ_TABLE;
    private static final MethodHandle READ_LONG;
    private static final MethodHandle READ_INT;
    private static final MethodHandle READ_SHORT;
    private static final MethodHandle READ_DOUBLE;
    private static final MethodHandle READ_FLOAT;
    private static final MethodHandle READ_BOOLEAN;

    static {
        try {
            READ_OBJECT = LOOKUP.findStatic(RecordMapper.class, "readObject",
                    MethodType.methodType(Object.class, Selection.class, int.class, Row.class));
            READ_TABLE = LOOKUP.findStatic(RecordMapper.class, "readTable",
                    MethodType.methodType(Object.class, Selection.class, int.class, Row.class));
            READ_LONG = primitive("readLong", long.class);
            READ_INT = primitive("readInt", int.class);
            READ_SHORT = primitive("readShort", short.class);
            READ_DOUBLE = primitive("readDouble", double.class);
            READ_FLOAT = primitive("readFloat", float.class);
            READ_BOOLEAN = primitive("readBoolean", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RecordMapper() {
    }

    private static MethodHandle primitive(String name, Class<?> type) throws ReflectiveOperationException {
        return LOOKUP.findStatic(RecordMapper.class, name,
                MethodType.methodType(type, String.class, int.class, Row.class));
    }

    /** The mapper of {@code selections} into records of {@code type}; throws if they do not fit. */
    static <U> RowMapper<U> of(Class<U> type, List<Selection<?>> selections) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("into(...) takes a record class; " + type.getName() + " is not one "
                    + "(map other types with map(...))");
        }
        RecordComponent[] components = type.getRecordComponents();
        if (components.length != selections.size()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has " + components.length
                    + " components and the select " + selections.size() + " items: " + selections
                    + "; they are matched by position, one component per item (a whole table is one item)");
        }
        Class<?>[] types = new Class<?>[components.length];
        MethodHandle[] readers = new MethodHandle[components.length];
        int[] offsets = Selections.offsets(selections);
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            readers[i] = reader(type, components[i], selections.get(i), offsets[i]);
        }
        MethodHandle constructor = constructor(type, types);
        MethodHandle mapper = MethodHandles.filterArguments(constructor, 0, readers);
        mapper = MethodHandles.permuteArguments(mapper, MethodType.methodType(type, Row.class),
                new int[components.length]);
        MethodHandle exact = mapper.asType(MethodType.methodType(Object.class, Row.class));
        return row -> {
            try {
                @SuppressWarnings("unchecked")
                U record = (U) (Object) exact.invokeExact(row);
                return record;
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new QuarryException("the constructor of " + type.getName() + " failed: " + e, e);
            }
        };
    }

    private static MethodHandle constructor(Class<?> type, Class<?>[] types) {
        Constructor<?> c;
        try {
            c = type.getDeclaredConstructor(types);
            c.setAccessible(true);
            return LOOKUP.unreflectConstructor(c);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
        } catch (InaccessibleObjectException | IllegalAccessException | SecurityException e) {
            throw new IllegalArgumentException("Quarry cannot call the constructor of " + type.getName()
                    + ": make the record public in an exported package, or open its package to dev.quarry.core",
                    e);
        }
    }

    /** The reader of item {@code s} at {@code offset}, typed as the component, after checking it fits. */
    private static MethodHandle reader(Class<?> record, RecordComponent component, Selection<?> s, int offset) {
        Class<?> target = component.getType();
        Class<?> source = javaType(s);
        String name = record.getSimpleName() + "." + component.getName();
        if (source != null && !fits(source, target)) {
            throw new IllegalArgumentException(name + " is a " + target.getName() + " and cannot hold the "
                    + source.getName() + " values of " + s);
        }
        if (target.isPrimitive()) {
            MethodHandle read = switch (target.getName()) {
                case "long" -> READ_LONG;
                case "int" -> READ_INT;
                case "short" -> READ_SHORT;
                case "double" -> READ_DOUBLE;
                case "float" -> READ_FLOAT;
                case "boolean" -> READ_BOOLEAN;
                default -> throw new IllegalArgumentException(name + " is a " + target.getName()
                        + ", which no Quarry type reads");
            };
            return MethodHandles.insertArguments(read, 0, name, offset);
        }
        MethodHandle read = MethodHandles.insertArguments(s instanceof Table<?> ? READ_TABLE : READ_OBJECT, 0, s,
                offset);
        return read.asType(MethodType.methodType(target, Row.class));
    }

    /** The Java class of the values of {@code s}, or null where it is not known (a table not declared generically). */
    private static Class<?> javaType(Selection<?> s) {
        if (s instanceof Expression<?> e) {
            return e.type().javaType();
        }
        for (Class<?> c = s.getClass(); c != null && c != Table.class; c = c.getSuperclass()) {
            Type t = c.getGenericSuperclass();
            if (t instanceof ParameterizedType p && p.getRawType() == Table.class
                    && p.getActualTypeArguments()[0] instanceof Class<?> r) {
                return r;
            }
        }
        return null;
    }

    private static boolean fits(Class<?> source, Class<?> target) {
        if (target.isPrimitive()) {
            return MethodType.methodType(target).wrap().returnType() == source;
        }
        return target.isAssignableFrom(source);
    }

    private static Object readObject(Selection<?> s, int offset, Row row) {
        return s.read(row, offset);
    }

    private static Object readTable(Selection<?> s, int offset, Row row) {
        return Selections.read(s, row, offset);
    }

    private static void nonNull(String component, int offset, Row row) {
        if (row.isNull(offset)) {
            throw new QuarryException("the value for " + component + " is NULL, which a primitive "
                    + "component cannot hold: make it a boxed type");
        }
    }

    private static long readLong(String component, int offset, Row row) {
        nonNull(component, offset, row);
        return row.getLong(offset);
    }

    private static int readInt(String component, int offset, Row row) {
        nonNull(component, offset, row);
        return row.getInt(offset);
    }

    private static short readShort(String component, int offset, Row row) {
        nonNull(component, offset, row);
        return row.getShort(offset);
    }

    private static double readDouble(String component, int offset, Row row) {
        nonNull(component, offset, row);
        return row.getDouble(offset);
    }

    private static float readFloat(String component, int offset, Row row) {
        nonNull(component, offset, row);
        return row.getFloat(offset);
    }

    private static boolean readBoolean(String component, int offset, Row row) {
        nonNull(component, offset, row);
        return row.getBoolean(offset);
    }
}
