package dev.quarry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerUrlsTest {

    @Test
    void schemaIsAddedAsTheFirstParameter() {
        assertThat(ServerUrls.withSchema("jdbc:postgresql://h:5432/test", "q_1"))
                .isEqualTo("jdbc:postgresql://h:5432/test?currentSchema=q_1");
    }

    @Test
    void schemaIsAppendedToExistingParameters() {
        assertThat(ServerUrls.withSchema("jdbc:postgresql://h/test?user=postgres", "q_1"))
                .isEqualTo("jdbc:postgresql://h/test?user=postgres&currentSchema=q_1");
    }

    @Test
    void anExistingSchemaParameterIsReplaced() {
        assertThat(ServerUrls.withSchema("jdbc:postgresql://h/test?currentSchema=public&user=p", "q_1"))
                .isEqualTo("jdbc:postgresql://h/test?user=p&currentSchema=q_1");
    }

    @Test
    void databaseReplacesThePathAndKeepsParameters() {
        assertThat(ServerUrls.withDatabase("jdbc:mariadb://127.0.0.1:3306/test?user=root", "q_1"))
                .isEqualTo("jdbc:mariadb://127.0.0.1:3306/q_1?user=root");
        assertThat(ServerUrls.withDatabase("jdbc:mysql://db", "q_1")).isEqualTo("jdbc:mysql://db/q_1");
    }

    @Test
    void hostAndPortAreReadWithCredentialsAndDefaults() {
        assertThat(ServerUrls.host("jdbc:mariadb://u:p@db.local:3307/test")).isEqualTo("db.local");
        assertThat(ServerUrls.port("jdbc:mariadb://u:p@db.local:3307/test", 3306)).isEqualTo(3307);
        assertThat(ServerUrls.port("jdbc:postgresql://db.local/test", 5432)).isEqualTo(5432);
    }

    @Test
    void aUrlWithoutServerIsRejectedWithTheUrl() {
        assertThatThrownBy(() -> ServerUrls.withDatabase("jdbc:sqlite:x.db", "q"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jdbc:sqlite:x.db");
    }
}
