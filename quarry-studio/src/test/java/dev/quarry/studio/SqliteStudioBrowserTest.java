package dev.quarry.studio;

import dev.quarry.testing.TestTarget;

/** The Studio in Chromium on Chinook on SQLite (the live test inserts from a child JVM). */
class SqliteStudioBrowserTest extends StudioBrowserContract {
    @Override
    TestTarget target() {
        return TestTarget.SQLITE;
    }
}
