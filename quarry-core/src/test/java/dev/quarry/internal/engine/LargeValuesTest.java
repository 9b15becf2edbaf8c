package dev.quarry.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.schema.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which parameters a plan checks for values too large for a cached statement to keep. */
class LargeValuesTest {
    @Test
    void textBytesJsonAndUnknownTypesAreCheckedNumbersDatesAndTheLikeAreNot() {
        assertThat(LargeValues.canBeLarge(String.class)).isTrue();
        assertThat(LargeValues.canBeLarge(byte[].class)).isTrue();
        assertThat(LargeValues.canBeLarge(Json.class)).isTrue();
        assertThat(LargeValues.canBeLarge(Object.class)).isTrue();
        assertThat(LargeValues.canBeLarge(java.io.Serializable.class)).isTrue();
        assertThat(LargeValues.canBeLarge(Integer.class)).isFalse();
        assertThat(LargeValues.canBeLarge(Long.class)).isFalse();
        assertThat(LargeValues.canBeLarge(BigDecimal.class)).isFalse();
        assertThat(LargeValues.canBeLarge(Boolean.class)).isFalse();
        assertThat(LargeValues.canBeLarge(LocalDate.class)).isFalse();
        assertThat(LargeValues.canBeLarge(Instant.class)).isFalse();
        assertThat(LargeValues.canBeLarge(UUID.class)).isFalse();
        assertThat(LargeValues.canBeLarge(java.time.DayOfWeek.class)).isFalse();
    }

    @Test
    void onlyTextAndBytesOverTheLimitAreLarge() {
        assertThat(LargeValues.isLarge("x".repeat(LargeValues.LIMIT))).isFalse();
        assertThat(LargeValues.isLarge("x".repeat(LargeValues.LIMIT + 1))).isTrue();
        assertThat(LargeValues.isLarge(new byte[LargeValues.LIMIT + 1])).isTrue();
        assertThat(LargeValues.isLarge(new Json("\"" + "x".repeat(LargeValues.LIMIT) + "\""))).isTrue();
        assertThat(LargeValues.isLarge(12L)).isFalse();
    }
}
