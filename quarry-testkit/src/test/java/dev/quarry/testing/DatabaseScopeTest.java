package dev.quarry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.TestInfo;

/** The test infrastructure itself: names, isolation and clean-up of scopes (raw JDBC only). */
class DatabaseScopeTest {

    @AllDatabases
    void theTestNameShowsTheDatabase(TestInfo info, TestTarget target) {
        assertThat(info.getDisplayName()).isEqualTo("[" + target.label() + "]");
    }

    @AllDatabases
    void twoScopesDoNotSeeEachOthersTables(TestDb t) throws Exception {
        try (Statement s = t.jdbc().createStatement()) {
            s.execute("CREATE TABLE isolation_probe (id INT)");
            s.execute("INSERT INTO isolation_probe VALUES (1)");
        }
        try (DatabaseScope other = DatabaseScope.create(t.target());
             Connection c = other.jdbc(); Statement s = c.createStatement()) {
            assertThat(other.name()).isNotEqualTo(t.schemaName());
            assertThatThrownBy(() -> s.executeQuery("SELECT id FROM isolation_probe").close())
                    .isInstanceOf(SQLException.class);
        }
        try (Statement s = t.jdbc().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM isolation_probe")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @AllDatabases
    void aClosedScopeIsDropped(TestTarget target) throws Exception {
        DatabaseScope scope = DatabaseScope.create(target);
        try (Connection c = scope.jdbc(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE drop_probe (id INT)");
        }
        scope.close();
        assertThat(scopeExists(target, scope)).isFalse();
    }

    private static boolean scopeExists(TestTarget target, DatabaseScope scope) throws SQLException {
        if (target == TestTarget.SQLITE) {
            return java.nio.file.Files.exists(java.nio.file.Path.of(scope.url().substring("jdbc:sqlite:".length())));
        }
        try (Connection c = DriverManager.getConnection(target.serverUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM information_schema.schemata WHERE schema_name = '"
                     + scope.name() + "'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    @OnDatabases(TestTarget.POSTGRES)
    void onDatabasesRunsOnlyWhereAsked(TestTarget target) {
        assertThat(target).isEqualTo(TestTarget.POSTGRES);
    }
}
