package dev.quarry.internal.engine;

import dev.quarry.QuarrySettings;
import dev.quarry.internal.dialect.detect.DriverProperties;
import java.util.Properties;

/**
 * The driver properties Quarry passes for a server URL: the user and password from the settings, and what the
 * database's dialect asks for. Properties in the URL itself take precedence (both drivers let URL parameters
 * override passed properties). Stateless.
 */
final class ServerUrl {
    private ServerUrl() {
    }

    static boolean accepts(String url) {
        return DriverProperties.isServerUrl(url);
    }

    static Properties properties(String url, QuarrySettings s) {
        Properties p = new Properties();
        if (s.username() != null) {
            p.setProperty("user", s.username());
        }
        if (s.password() != null) {
            p.setProperty("password", s.password());
        }
        DriverProperties.addTo(p, url, s.busyTimeout());
        return p;
    }
}
