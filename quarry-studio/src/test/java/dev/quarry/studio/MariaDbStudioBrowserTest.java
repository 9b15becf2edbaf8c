package dev.quarry.studio;

import dev.quarry.testing.TestTarget;

/** The Studio in Chromium on Chinook on MariaDB. */
class MariaDbStudioBrowserTest extends StudioBrowserContract {
    @Override
    TestTarget target() {
        return TestTarget.MARIADB;
    }
}
