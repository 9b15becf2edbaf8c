package dev.quarry.testing;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Expands an {@link AllDatabases} or {@link OnDatabases} test into one run per database; see
 * {@link DatabaseBinding} for what each run gets.
 */
final class DatabasesExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, AllDatabases.class)
                || AnnotationSupport.isAnnotated(m, OnDatabases.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return targets(context.getRequiredTestMethod()).stream().map(DatabaseInvocation::new);
    }

    static List<TestTarget> targets(AnnotatedElement method) {
        return AnnotationSupport.findAnnotation(method, OnDatabases.class)
                .map(a -> Arrays.asList(a.value()))
                .orElse(Arrays.asList(TestTarget.values()));
    }

    /** One run of a test on one database. */
    private static final class DatabaseInvocation implements TestTemplateInvocationContext {
        private final TestTarget target;

        DatabaseInvocation(TestTarget target) {
            this.target = target;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + target.label() + "]";
        }

        @Override
        public List<org.junit.jupiter.api.extension.Extension> getAdditionalExtensions() {
            return List.of(new DatabaseBinding(target));
        }
    }
}
