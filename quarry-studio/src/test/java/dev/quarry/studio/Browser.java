package dev.quarry.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs),
 * driven by Selenium. The binary and the driver are named explicitly, so Selenium Manager downloads nothing; the
 * profile is a fresh temporary directory, deleted by {@link #close()}. One per test class.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** {@code -Dquarry.studio.screenshots=true} (or the env var QUARRY_STUDIO_SCREENSHOTS=1) writes docs' images. */
    private static final boolean SCREENSHOTS = Boolean.getBoolean("quarry.studio.screenshots")
            || "1".equals(System.getenv("QUARRY_STUDIO_SCREENSHOTS"));

    private final Path profile;
    private final ChromeDriver driver;

    Browser() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver (.ci/run does)");
        }
        profile = Files.createTempDirectory("quarry-studio-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait waitUpTo(Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(25));
    }

    /** Saves the page as docs/images/studio-{name}.png when screenshots were asked for; else does nothing. */
    void screenshot(String name) throws IOException {
        if (!SCREENSHOTS) {
            return;
        }
        Path dir = Path.of(System.getProperty("quarry.studio.images", "target/images"));
        Files.createDirectories(dir);
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, dir.resolve("studio-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
