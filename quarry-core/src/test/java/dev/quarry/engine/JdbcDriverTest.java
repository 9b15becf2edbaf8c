package dev.quarry.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.quarry.Quarry;
import dev.quarry.testing.OnDatabases;
import dev.quarry.testing.TestDb;
import dev.quarry.testing.TestTarget;
import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server URL meets the driver the docs name: {@code jdbc:mysql:} URLs open with MariaDB Connector/J, and a driver
 * missing from the class path is an error naming the artifact to add, not a pool timeout around "No suitable
 * driver".
 */
class JdbcDriverTest {

    @OnDatabases(TestTarget.MARIADB)
    void aJdbcMysqlUrlOpensWithMariaDbConnectorJ(TestDb t) {
        String url = t.url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
        assertThat(url).startsWith("jdbc:mysql://");
        try (Quarry db = Quarry.open(url)) {
            assertThat(db.sql("SELECT 41 + 1").fetch(r -> r.getLong(0))).containsExactly(42L);
        }
    }

    @Test
    void aServerUrlWhoseDriverIsMissingNamesTheArtifactToAdd() throws Exception {
        // quarry-core in a class loader of its own that sees neither server driver: DriverManager hands a caller
        // only the drivers its class loader can see, so pgjdbc and MariaDB Connector/J, loaded by this JVM's
        // application class loader, are missing for it as they would be from an application's class path
        try (URLClassLoader withoutDrivers = new URLClassLoader(classPathWithout("postgresql", "mariadb-java-client"),
                ClassLoader.getPlatformClassLoader())) {
            Throwable pg = openIn(withoutDrivers, "jdbc:postgresql://127.0.0.1:5432/test?password=hunter2");
            assertThat(pg.getClass().getName()).isEqualTo("dev.quarry.error.MisuseException");
            assertThat(pg).hasMessageContaining("no JDBC driver for jdbc:postgresql: URLs")
                    .hasMessageContaining("org.postgresql:postgresql").hasMessageNotContaining("hunter2");

            Throwable mysql = openIn(withoutDrivers, "jdbc:mysql://127.0.0.1:3306/test");
            assertThat(mysql).hasMessageContaining("org.mariadb.jdbc:mariadb-java-client")
                    .hasMessageContaining("com.mysql:mysql-connector-j");

            Throwable maria = openIn(withoutDrivers, "jdbc:mariadb://127.0.0.1:3306/test");
            assertThat(maria).hasMessageContaining("org.mariadb.jdbc:mariadb-java-client");
        }
    }

    /** What {@code Quarry.open(url)} throws when called through {@code loader}'s copy of Quarry. */
    private static Throwable openIn(ClassLoader loader, String url) throws ReflectiveOperationException {
        Method open = loader.loadClass("dev.quarry.Quarry").getMethod("open", String.class);
        Throwable thrown = catchThrowable(() -> ((AutoCloseable) open.invoke(null, url)).close());
        assertThat(thrown).isInstanceOf(InvocationTargetException.class);
        return thrown.getCause();
    }

    /** This test's class path, as surefire sets it, less the jars whose names contain any of {@code drop}. */
    private static URL[] classPathWithout(String... drop) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean dropped = false;
            for (String d : drop) {
                dropped |= name.endsWith(".jar") && name.contains(d);
            }
            if (!dropped) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        assertThat(urls).as("the class path lost the drivers and kept the rest").hasSizeGreaterThan(drop.length);
        return urls.toArray(URL[]::new);
    }
}
