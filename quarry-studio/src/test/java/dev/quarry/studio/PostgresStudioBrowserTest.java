package dev.quarry.studio;

import dev.quarry.testing.TestTarget;

/** The Studio in Chromium on Chinook on PostgreSQL. */
class PostgresStudioBrowserTest extends StudioBrowserContract {
    @Override
    TestTarget target() {
        return TestTarget.POSTGRES;
    }
}
