package dev.quarry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Settings are values: equal by content, derived by builder, printed without the password, checked when built. */
class QuarrySettingsTest {
    private static final ConnectionHook HOOK = c -> { };

    @Test
    void settingsHoldingTheSameValuesAreEqualAndHashAlike() {
        QuarrySettings a = QuarrySettings.builder().username("app").password("pw").readers(3).onConnect(HOOK).build();
        QuarrySettings b = QuarrySettings.builder().readers(3).onConnect(HOOK).password("pw").username("app").build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(a.toBuilder().readers(4).build());
    }

    @Test
    void settingsGivenExplicitlyAtTheirDefaultEqualTheDefaults() {
        QuarrySettings wal = QuarrySettings.builder().journalMode("WAL").build();
        assertThat(wal).isEqualTo(QuarrySettings.DEFAULTS);
        assertThat(wal.explicitlySet()).containsExactly("journalMode");
        assertThat(QuarrySettings.DEFAULTS.explicitlySet()).isEmpty();
    }

    @Test
    void aDerivedBuilderKeepsEverySettingAndWhichWereGivenAndChangesOnlyWhatItSets() {
        QuarrySettings base = QuarrySettings.builder().username("app").password("pw").maxPoolSize(4)
                .busyTimeout(Duration.ofSeconds(2)).loadExtension(Path.of("half")).onConnect(HOOK).build();
        QuarrySettings derived = base.toBuilder().maxPoolSize(8).build();
        assertThat(derived.maxPoolSize()).isEqualTo(8);
        assertThat(derived.toBuilder().maxPoolSize(4).build()).isEqualTo(base);
        assertThat(derived.extensions()).containsExactly(Path.of("half"));
        assertThat(derived.hooks()).containsExactly(HOOK);
        assertThat(derived.explicitlySet())
                .containsExactlyInAnyOrder("username", "password", "maxPoolSize", "busyTimeout", "loadExtension",
                        "onConnect");
    }

    @Test
    void toStringShowsEverySettingButThePassword() {
        QuarrySettings s = QuarrySettings.builder().username("app").password("hunter2").readers(3).build();
        assertThat(s.toString()).doesNotContain("hunter2")
                .contains("username=app", "password=***", "readers=3", "maxPoolSize=10", "busyTimeout=PT5S",
                        "journalMode=WAL", "synchronous=NORMAL", "foreignKeys=true", "logValues=false",
                        "closeTimeout=PT10S", "statementCacheSize=64", "acquireTimeout=PT30S", "extensions=[]",
                        "fairWriterLock=false", "hooks=[]", "statementListener=");
        assertThat(QuarrySettings.DEFAULTS.toString()).contains("password=null");
    }

    @Test
    void toStringMasksThePasswordWhereAnotherSettingShowsIt() {
        ConnectionHook telling = new ConnectionHook() {
            @Override
            public void onConnect(java.sql.Connection connection) {
            }

            @Override
            public String toString() {
                return "hook logging in with hunter2";
            }
        };
        QuarrySettings s = QuarrySettings.builder().username("hunter2").password("hunter2").onConnect(telling).build();
        assertThat(s.toString()).doesNotContain("hunter2").contains("username=***", "hook logging in with ***");
    }

    @Test
    void aOneLetterPasswordLeavesTheNamesOfTheSettingsReadable() {
        assertThat(QuarrySettings.builder().password("a").build().toString())
                .startsWith("QuarrySettings[username=null, password=***, readers=").contains("maxPoolSize=10");
    }

    @Test
    void eachRejectedValueNamesItsSettingTheValueAndWhatToSet() {
        rejects(b -> b.readers(0)).hasMessage("readers must be >= 1, was 0; give the SQLite engine at least one "
                + "reader connection");
        rejects(b -> b.maxPoolSize(0)).hasMessageStartingWith("maxPoolSize must be >= 1, was 0; ");
        rejects(b -> b.statementCacheSize(-1)).hasMessage("statementCacheSize must be >= 0, was -1; set 0 to turn "
                + "the cache off");
        rejects(b -> b.busyTimeout(Duration.ofMillis(-5))).hasMessage("busyTimeout must not be negative, was -5 ms; "
                + "set zero or more");
        rejects(b -> b.closeTimeout(Duration.ofSeconds(-1))).hasMessageStartingWith("closeTimeout must not be "
                + "negative, was -1000 ms");
        rejects(b -> b.journalMode("wall")).hasMessageStartingWith("journalMode must be one of DELETE, TRUNCATE, "
                + "PERSIST, MEMORY, WAL, OFF; was 'wall'; pick one");
        rejects(b -> b.synchronous("fast")).hasMessageStartingWith("synchronous must be one of OFF, NORMAL, FULL, "
                + "EXTRA; was 'fast'; pick one");
    }

    @Test
    void aTimeoutWithAFractionOfAMillisecondIsRejectedRatherThanCut() {
        rejects(b -> b.busyTimeout(Duration.ofNanos(1_500_000))).hasMessageStartingWith("busyTimeout must be a "
                + "whole number of milliseconds, was 1.5 ms").hasMessageEndingWith("set 1 ms or 2 ms");
        rejects(b -> b.acquireTimeout(Duration.ofNanos(250_000_001))).hasMessageStartingWith("acquireTimeout must "
                + "be a whole number of milliseconds, was 250.000001 ms");
    }

    @Test
    void aBusyTimeoutLongerThanSqliteAndPostgresCanHoldIsRejected() {
        rejects(b -> b.busyTimeout(Duration.ofMillis(Integer.MAX_VALUE + 1L)))
                .hasMessageContaining("busyTimeout must be at most 2147483647 ms")
                .hasMessageEndingWith("; set a shorter one");
        assertThat(QuarrySettings.builder().busyTimeout(Duration.ofMillis(Integer.MAX_VALUE)).build().busyTimeout())
                .isEqualTo(Duration.ofMillis(Integer.MAX_VALUE));
    }

    @Test
    void aTimeoutLongerThanJavaCanWaitIsRejected() {
        rejects(b -> b.closeTimeout(Duration.ofDays(365L * 300))).hasMessageContaining("closeTimeout of")
                .hasMessageEndingWith("set a shorter one");
    }

    @Test
    void aMissingValueSaysToLeaveTheSettingUnset() {
        assertThatThrownBy(() -> QuarrySettings.builder().busyTimeout(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("busyTimeout must not be null; leave it unset for the default of 5 s");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> rejects(
            java.util.function.Consumer<QuarrySettings.Builder> change) {
        QuarrySettings.Builder b = QuarrySettings.builder();
        change.accept(b);
        return assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class);
    }
}
