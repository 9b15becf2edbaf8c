package dev.quarry.internal.dialect.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectsTest {

    @Test
    void serverVersionStringsParseToThreeNumbers() {
        assertThat(Dialects.parseVersion("10.11.6-MariaDB-0+deb12u1")).containsExactly(10, 11, 6);
        assertThat(Dialects.parseVersion("15.6 (Debian 15.6-0+deb12u1)")).containsExactly(15, 6, 0);
        assertThat(Dialects.parseVersion("5.5.5-10.4.32-MariaDB")).containsExactly(10, 4, 32);
        assertThat(Dialects.parseVersion("16beta2")).containsExactly(16, 0, 0);
        assertThat(Dialects.parseVersion("3.45.1")).containsExactly(3, 45, 1);
    }
}
