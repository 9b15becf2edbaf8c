package dev.quarry.internal.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Messages name a server as host:port, with the driver's default port filled in and no credentials. */
class ServerAddressTest {

    @Test
    void aUrlsHostAndPortAreNamedAsGiven() {
        assertThat(ServerAddress.of("jdbc:postgresql://db.example:6543/app?user=u&password=secret"))
                .isEqualTo("db.example:6543");
        assertThat(ServerAddress.of("jdbc:mariadb://127.0.0.1:3307/test?user=root")).isEqualTo("127.0.0.1:3307");
    }

    @Test
    void aMissingPortIsTheDriversDefault() {
        assertThat(ServerAddress.of("jdbc:postgresql://db/app")).isEqualTo("db:5432");
        assertThat(ServerAddress.of("jdbc:mariadb://db/app")).isEqualTo("db:3306");
        assertThat(ServerAddress.of("jdbc:mysql://db")).isEqualTo("db:3306");
        assertThat(ServerAddress.of("jdbc:postgresql:app")).isEqualTo("localhost:5432");
        assertThat(ServerAddress.of("jdbc:postgresql:///app")).isEqualTo("localhost:5432");
    }

    @Test
    void credentialsBeforeTheHostAreLeftOut() {
        assertThat(ServerAddress.of("jdbc:mysql://root:secret@db:3306/app")).isEqualTo("db:3306");
    }

    @Test
    void everyHostOfAMultiHostUrlIsNamed() {
        assertThat(ServerAddress.of("jdbc:postgresql://a:5433,b/app")).isEqualTo("a:5433,b:5432");
        assertThat(ServerAddress.of("jdbc:postgresql://[::1]/app")).isEqualTo("[::1]:5432");
        assertThat(ServerAddress.of("jdbc:postgresql://[::1]:5433/app")).isEqualTo("[::1]:5433");
    }
}
