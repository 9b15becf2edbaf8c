package dev.quarry.examples.spring;

import dev.quarry.Quarry;
import dev.quarry.examples.auth.AuthStore;
import dev.quarry.examples.auth.PasswordHasher;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The auth/session store of quarry-examples as a Spring Boot application: the starter makes the {@link Quarry}
 * bean (SQLite from {@code quarry.url} by default; profiles {@code postgres} and {@code mariadb} use Boot's
 * DataSource), {@link AuthService} runs in Spring transactions, {@link AuthController} is the REST API, Actuator
 * shows Quarry's health and metrics. Run: {@code mvn -q -pl quarry-examples-spring exec:java}.
 */
@SpringBootApplication
public class AuthApplication {

    /** Starts the application. */
    public static void main(String[] args) {
        SpringApplication.run(AuthApplication.class, args);
    }

    /**
     * The store, on the starter's Quarry bean; its tables are created if missing (no migrations yet). Its clock
     * ticks in milliseconds: the databases keep microseconds at most, and Quarry refuses an instant it would have to
     * cut.
     */
    @Bean
    AuthStore authStore(Quarry db) {
        AuthStore store = new AuthStore(db, new PasswordHasher(10_000), Clock.tick(Clock.systemUTC(), Duration.ofMillis(1)),
                Duration.ofHours(1),
                Duration.ofDays(7));
        store.createSchema();
        return store;
    }
}
