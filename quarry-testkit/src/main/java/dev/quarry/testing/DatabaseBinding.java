package dev.quarry.testing;

import dev.quarry.Quarry;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Binds one test run to one database. Before the test it checks the server ({@link Availability}), finds or creates
 * the class's {@link DatabaseScope} (kept in the class's extension store, so JUnit closes it, dropping the schema,
 * after the class) and makes a {@link TestDb}; it resolves {@link TestDb}, {@link Quarry} and {@link TestTarget}
 * parameters; after the test it closes what the test opened through the {@link TestDb}. Being registered for the
 * run only, its after-callback runs before the globally registered {@link LeakCheckExtension}'s.
 */
final class DatabaseBinding implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseBinding.class);

    private final TestTarget target;

    DatabaseBinding(TestTarget target) {
        this.target = target;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Availability.require(target);
        DatabaseScope scope = classContext(context).getStore(NAMESPACE)
                .getOrComputeIfAbsent(target, t -> DatabaseScope.create(target), DatabaseScope.class);
        context.getStore(NAMESPACE).put(TestDb.class, new TestDb(scope));
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        TestDb db = context.getStore(NAMESPACE).remove(TestDb.class, TestDb.class);
        if (db != null) {
            db.closeAll();
        }
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        Optional<ExtensionContext> c = Optional.of(context);
        while (c.isPresent()) {
            ExtensionContext ctx = c.get();
            if (ctx.getTestMethod().isEmpty() && ctx.getTestClass().isPresent()) {
                return ctx;
            }
            c = ctx.getParent();
        }
        throw new IllegalStateException("no test class around " + context.getUniqueId());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDb.class || type == Quarry.class || type == TestTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == TestTarget.class) {
            return target;
        }
        TestDb db = context.getStore(NAMESPACE).get(TestDb.class, TestDb.class);
        if (db == null) {
            throw new ParameterResolutionException("no database bound to " + context.getDisplayName()
                    + "; TestDb and Quarry parameters work in @AllDatabases tests and their @BeforeEach methods");
        }
        return type == TestDb.class ? db : db.db();
    }
}
