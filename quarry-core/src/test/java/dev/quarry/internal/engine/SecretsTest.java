package dev.quarry.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quarry.QuarrySettings;
import dev.quarry.error.QuarryException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What {@link Secrets} masks in text and in exception chains, and what it leaves alone. */
class SecretsTest {
    private static final QuarrySettings NO_PASSWORD = QuarrySettings.DEFAULTS;

    private static Secrets ofUrl(String url) {
        return Secrets.of(url, NO_PASSWORD);
    }

    @Test
    void aPasswordParameterIsMaskedWhateverTheCaseOfItsName() {
        String url = "jdbc:postgresql://db:5432/app?user=u&PassWord=s3cret&ssl=true";
        assertThat(ofUrl(url).redact("No suitable driver found for " + url))
                .isEqualTo("No suitable driver found for jdbc:postgresql://db:5432/app?user=u&PassWord=***&ssl=true");
    }

    @Test
    void parametersWhoseNameEndsInPasswordAreMaskedToo() {
        Secrets secrets = ofUrl("jdbc:postgresql://db/app");
        assertThat(secrets.redact("x?sslpassword=k3y;password1=a&password2=b"))
                .isEqualTo("x?sslpassword=***;password1=***&password2=***");
    }

    @Test
    void anyUrlsPasswordIsMaskedEvenOneThisInstanceWasNotGiven() {
        assertThat(ofUrl("jdbc:sqlite:app.db").redact("see jdbc:mariadb://h/db?user=u&password=other"))
                .isEqualTo("see jdbc:mariadb://h/db?user=u&password=***");
    }

    @Test
    void theUserinfoFormIsMaskedKeepingUserHostAndPort() {
        String url = "jdbc:mysql://root:s3cret@db.example:3306/app";
        assertThat(ofUrl(url).redact(url)).isEqualTo("jdbc:mysql://root:***@db.example:3306/app");
    }

    @Test
    void aUrlWithoutUserinfoOrPasswordIsLeftAsItIs() {
        String url = "jdbc:mariadb://db:3306/app?user=u&tag=a@b";
        assertThat(ofUrl(url).redact(url)).isEqualTo(url);
    }

    @Test
    void maskingAMaskedTextChangesNothing() {
        String url = "jdbc:mysql://root:s3cret@h/db?password=s3cret";
        Secrets secrets = ofUrl(url);
        String message = "cannot open " + secrets.redact(url) + ": no driver";
        assertThat(message).isEqualTo("cannot open jdbc:mysql://root:***@h/db?password=***: no driver");
        assertThat(secrets.redact(message)).isEqualTo(message);
    }

    @Test
    void aUrlsPasswordIsMaskedWhereADriverEchoesItOutsideTheUrl() {
        Secrets secrets = ofUrl("jdbc:mariadb://root:s3cret@127.0.0.1:3306/test");
        assertThat(secrets.redact("Incorrect port value : s3cret@127.0.0.1"))
                .isEqualTo("Incorrect port value : ***@127.0.0.1");
    }

    @Test
    void aPercentEncodedPasswordIsMaskedAsWrittenAndDecoded() {
        Secrets secrets = ofUrl("jdbc:postgresql://db/app?password=p%40ss%2Fw0rd");
        assertThat(secrets.redact("tried p@ss/w0rd and p%40ss%2Fw0rd")).isEqualTo("tried *** and ***");
    }

    @Test
    void theSettingsPasswordIsMaskedWhereverItAppearsIgnoringCase() {
        Secrets secrets = Secrets.of(QuarrySettings.builder().password("Tr0ub4dor").build());
        assertThat(secrets.redact("login tr0ub4dor failed; TR0UB4DOR again"))
                .isEqualTo("login *** failed; *** again");
    }

    @Test
    void aCleanChainIsReturnedAsItIs() {
        SQLException e = new SQLException("FATAL: database \"x\" does not exist", "3D000");
        e.initCause(new IllegalStateException("socket closed"));
        assertThat((Throwable) ofUrl("jdbc:postgresql://h/x?password=s3cret").scrub(e)).isSameAs(e);
    }

    @Test
    void aChainShowingASecretIsCopiedWithItsClassNamesStatesAndStackTraces() {
        Secrets secrets = Secrets.of("jdbc:postgresql://h/x?password=s3cret", NO_PASSWORD);
        SQLException original = new SQLException("No suitable driver found for jdbc:postgresql://h/x?password=s3cret",
                "08001", 17);
        original.initCause(new IllegalArgumentException("bad value s3cret"));
        original.addSuppressed(new IllegalStateException("also s3cret"));
        original.setNextException(new SQLException("next s3cret", "08004"));

        SQLException copy = secrets.scrub(original);

        assertThat(secrets.leaks(copy)).isFalse();
        assertThat((Throwable) copy).isInstanceOf(RedactedSqlException.class)
                .hasMessage("No suitable driver found for jdbc:postgresql://h/x?password=***");
        assertThat(copy.toString()).isEqualTo("java.sql.SQLException (password masked by Quarry): "
                + "No suitable driver found for jdbc:postgresql://h/x?password=***");
        assertThat(copy.getSQLState()).isEqualTo("08001");
        assertThat(copy.getErrorCode()).isEqualTo(17);
        assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
        assertThat(((RedactedSqlException) copy.getCause()).originalClass())
                .isEqualTo(IllegalArgumentException.class.getName());
        assertThat((Throwable) copy.getCause()).hasMessage("bad value ***");
        assertThat(copy.getSuppressed()).singleElement().satisfies(s -> assertThat(s).hasMessage("also ***"));
        assertThat((Throwable) copy.getNextException()).hasMessage("next ***");
        assertThat(copy.getNextException().getSQLState()).isEqualTo("08004");
    }

    @Test
    void aChainThatLoopsBackIsCopiedWithoutLooping() {
        Secrets secrets = ofUrl("jdbc:postgresql://h/x?password=s3cret");
        Exception outer = new Exception("outer s3cret");
        Exception inner = new Exception("inner", outer);
        outer.initCause(inner);
        Throwable copy = secrets.scrub(outer);
        assertThat(copy).hasMessage("outer ***");
        assertThat(copy.getCause()).hasMessage("inner");
        assertThat(copy.getCause().getCause()).isSameAs(copy);
    }

    @Test
    void anEscapingExceptionShowingASecretBecomesAQuarryExceptionAroundItsMaskedCopy() {
        Secrets secrets = Secrets.of(QuarrySettings.builder().password("s3cret").build());
        IllegalStateException clean = new IllegalStateException("no secret here");
        assertThat(secrets.scrubThrown(clean)).isSameAs(clean);

        RuntimeException masked = secrets.scrubThrown(new IllegalStateException("hook saw s3cret"));
        assertThat(masked).isExactlyInstanceOf(QuarryException.class).hasMessage("hook saw ***");
        assertThat(masked.getCause()).hasToString(IllegalStateException.class.getName()
                + " (password masked by Quarry): hook saw ***");
    }
}
