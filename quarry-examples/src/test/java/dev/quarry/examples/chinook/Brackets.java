package dev.quarry.examples.chinook;

import dev.quarry.testing.TestTarget;

/**
 * Hand-written SQL for the tests, written once with {@code [Name]} around Chinook's mixed-case identifiers and
 * quoted here the way each database wants: {@code "Name"} on SQLite and PostgreSQL, {@code `Name`} on MariaDB.
 * Pure function.
 */
final class Brackets {
    private Brackets() {
    }

    /** {@code bracketed} with every {@code [identifier]} quoted for {@code target}. */
    static String quoted(TestTarget target, String bracketed) {
        String quote = target == TestTarget.MARIADB ? "`" : "\"";
        return bracketed.replaceAll("\\[([A-Za-z_][A-Za-z0-9_]*)]", quote + "$1" + quote);
    }
}
