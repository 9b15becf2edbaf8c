package dev.quarry.internal.dialect.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WellFormedTextTest {
    @Test
    void pairedSurrogatesAndPlainTextAreWellFormed() {
        assertThat(WellFormedText.unpairedSurrogate("")).isEqualTo(-1);
        assertThat(WellFormedText.unpairedSurrogate("plain, ÖSTERREICH, Straße")).isEqualTo(-1);
        assertThat(WellFormedText.unpairedSurrogate("𝄞 and 😀 twice 😀")).isEqualTo(-1);
    }

    @Test
    void findsTheFirstLoneSurrogateWhereverItIs() {
        assertThat(WellFormedText.unpairedSurrogate("\uD834")).isEqualTo(0);
        assertThat(WellFormedText.unpairedSurrogate("ab\uD834")).isEqualTo(2);
        assertThat(WellFormedText.unpairedSurrogate("a\uDD1Eb")).isEqualTo(1);
        assertThat(WellFormedText.unpairedSurrogate("\uD834\uD834\uDD1E")).isEqualTo(0);
        assertThat(WellFormedText.unpairedSurrogate("𝄞\uDD1E")).isEqualTo(2);
    }
}
