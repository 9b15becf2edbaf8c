package dev.quarry.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * What the DSL's types let through and what they stop, compiled by javac over a table the processor generates
 * (issue 9, point 5): a value widens only where it cannot change (an {@code int} where a {@code long}, a decimal or a
 * double is; a {@code long} where a decimal is), arithmetic is typed as Java types it, and text and numbers never
 * mix. Each misuse is its own file with one statement, which must be exactly one compile error on its line (marked
 * {@code //!}); the uses users write must compile, and so must a projection wider than the typed tuples.
 */
class DslCompileErrorTest {
    private static final String ITEM = """
            package dsl;

            import dev.quarry.annotation.Id;
            import dev.quarry.annotation.Table;
            import java.math.BigDecimal;

            @Table("item")
            public record Item(@Id long id, String name, int quantity, BigDecimal price, double weight,
                               String note, long stock) {
            }
            """;

    private static final String ALLOWED = """
            package dsl;

            import static dev.quarry.query.Dsl.*;
            import static dsl.ItemTable.ITEM;

            import dev.quarry.query.*;
            import java.math.BigDecimal;
            import java.util.List;

            class Allowed {
                record Wide(long id, String name, int quantity, BigDecimal price, double weight, String note,
                            long stock) {
                }

                static List<Object> uses() {
                    Condition a = ITEM.id.eq(3435);
                    Condition b = ITEM.id.in(1, 8, 50);
                    Condition c = count().gt(20);
                    DecimalExpression d = ITEM.price.times(ITEM.quantity);
                    DoubleExpression e = sumLong(ITEM.stock).div(60000.0);
                    Expression<String> f = concat(ITEM.name, " ", ITEM.note);
                    Condition g = ITEM.price.lt(10).and(ITEM.price.ge(1L)).and(ITEM.weight.gt(2));
                    LongExpression h = ITEM.quantity.plus(1L);
                    IntExpression i = ITEM.quantity.plus(1).times(2);
                    DoubleExpression j = ITEM.quantity.div(2.0);
                    DecimalExpression k = ITEM.stock.times(ITEM.price);
                    Condition l = avg(ITEM.quantity).ge(3).and(ITEM.id.between(1, 10));
                    LongExpression m = coalesce(ITEM.stock, 0);
                    DecimalExpression n = round(sum(ITEM.price), 1);
                    Select<Wide> o = select(ITEM.id, ITEM.name, ITEM.quantity, ITEM.price, ITEM.weight, ITEM.note,
                            ITEM.stock).from(ITEM).into(Wide.class);
                    Condition p = ITEM.id.eq(3435L).and(ITEM.name.eq("x")).and(ITEM.price.eq(new BigDecimal("1.5")));
                    Assignment q = set(ITEM.id, 1);
                    Assignment r = set(ITEM.price, 2L);
                    return List.of(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r);
                }
            }
            """;

    /** One misuse: {@code statement} inside a method, which must not compile. */
    record Case(String name, String statement) {
        String source() {
            return """
                    package dsl;

                    import static dev.quarry.query.Dsl.*;
                    import static dsl.ItemTable.ITEM;

                    import dev.quarry.query.*;

                    class %s {
                        static Object misuse() {
                            return %s; //!
                        }
                    }
                    """.formatted(name, statement);
        }

        @Override
        public String toString() {
            return name + ": " + statement;
        }
    }

    static final List<Case> CASES = List.of(
            new Case("TextEqualsNumber", "ITEM.name.eq(3)"),
            new Case("TextInNumbers", "ITEM.name.in(1, 2)"),
            new Case("LongEqualsDouble", "ITEM.id.eq(3.5)"),
            new Case("LongInDoubles", "ITEM.id.in(1.5, 2.5)"),
            new Case("IntEqualsLong", "ITEM.quantity.eq(3L)"),
            new Case("DecimalEqualsDouble", "ITEM.price.eq(1.29)"),
            new Case("DoubleEqualsLong", "ITEM.weight.gt(3L)"),
            new Case("CountGreaterThanDouble", "count().gt(2.5)"),
            new Case("DecimalPlusDouble", "ITEM.price.plus(1.5)"),
            new Case("DecimalTimesDoubleColumn", "ITEM.price.times(ITEM.weight)"),
            new Case("LongEqualsText", "ITEM.id.eq(ITEM.name)"),
            new Case("LongEqualsIntColumn", "ITEM.id.eq(ITEM.quantity)"),
            new Case("IntPlusLongIsNoInt", "(IntExpression) ITEM.quantity.plus(1L)"),
            new Case("RoundText", "round(ITEM.name, 2)"),
            new Case("ConcatOfNumbers", "concat(ITEM.id, ITEM.quantity)"),
            new Case("SetLongColumnToDouble", "set(ITEM.id, 1.5)"),
            new Case("SetIntColumnToLong", "set(ITEM.quantity, 1L)"));

    private static Compilation compilation;

    @BeforeAll
    static void compileAll() {
        Map<String, String> sources = new TreeMap<>();
        sources.put("dsl.Item", ITEM);
        sources.put("dsl.Allowed", ALLOWED);
        CASES.forEach(c -> sources.put("dsl." + c.name(), c.source()));
        compilation = TestCompiler.withTableProcessor().compile(sources);
    }

    @Test
    void whatUsersWriteCompiles() {
        assertThat(errorsIn("Allowed")).as(compilation.report()).isEmpty();
        assertThat(errorsIn("Item")).as(compilation.report()).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("CASES")
    void eachMisuseIsOneCompileErrorOnItsLine(Case c) {
        List<Diagnostic<? extends JavaFileObject>> errors = errorsIn(c.name());
        assertThat(errors).as(compilation.report()).hasSize(1);
        assertThat(errors.get(0).getLineNumber()).isEqualTo(10);
    }

    @Test
    void everyErrorBelongsToACase() {
        assertThat(compilation.diagnostics(Diagnostic.Kind.ERROR)).as(compilation.report()).hasSize(CASES.size());
    }

    private static List<Diagnostic<? extends JavaFileObject>> errorsIn(String name) {
        return compilation.diagnostics(Diagnostic.Kind.ERROR).stream()
                .filter(d -> d.getSource() != null && d.getSource().getName().equals("/dsl/" + name + ".java"))
                .toList();
    }
}
