package dev.quarry.internal.dialect.codec;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips each property of a jqwik container whose {@link OnDatabase} server cannot be reached, with the reason
 * (jqwik reports an exception from {@code @BeforeContainer} as an error, and a skipped container shows as zero
 * tests). Fails instead when {@code QUARRY_REQUIRE_ALL_DBS=1}.
 */
public class SkipUnreachableDatabase implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        if (!(context instanceof PropertyLifecycleContext)) {
            return SkipResult.doNotSkip();
        }
        OnDatabase on = ((PropertyLifecycleContext) context).containerClass().getAnnotation(OnDatabase.class);
        String reason = on == null ? null : Scratch.unreachable(on.value());
        return reason == null ? SkipResult.doNotSkip() : SkipResult.skip("SKIPPED: " + reason);
    }
}
