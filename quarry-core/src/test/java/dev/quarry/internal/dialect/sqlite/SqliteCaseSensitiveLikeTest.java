package dev.quarry.internal.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConnection;

/**
 * The Java LIKE that stands in where {@code PRAGMA case_sensitive_like} is compiled out answers exactly as SQLite's
 * own LIKE does with the pragma on.
 */
class SqliteCaseSensitiveLikeTest {
    private static final List<String> TEXTS = List.of("", "a", "A", "abc", "aBc", "a_c", "a%c", "a\\c", "Queen",
            "queen bee", "ÖSTERREICH", "österreich", "%", "_", "abcabc", "日本語");
    private static final List<String> PATTERNS = List.of("", "%", "_", "a", "A", "a%", "%c", "a_c", "a\\_c", "a\\%c",
            "a\\\\c", "%b%", "%B%", "queen%", "Q_een", "%%", "_%_", "abc%abc", "%abc", "Ö%", "ö%", "日_語", "a\\");

    @Test
    void theJavaLikeAgreesWithSqlitesCaseSensitiveLikeOnEveryTextAndPattern() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA case_sensitive_like = ON");
                assertThat(SqliteConnectionSetup.likeFoldsCase(s)).isFalse();
            }
            try (PreparedStatement p = c.prepareStatement("SELECT ? LIKE ? ESCAPE '\\'")) {
                for (String text : TEXTS) {
                    for (String pattern : PATTERNS) {
                        p.setString(1, text);
                        p.setString(2, pattern);
                        boolean sqlite = oneInt(p) == 1;
                        boolean java = SqliteCaseSensitiveLike.matches(pattern.codePoints().toArray(),
                                text.codePoints().toArray(), '\\');
                        assertThat(java).as("'%s' LIKE '%s'", text, pattern).isEqualTo(sqlite);
                    }
                }
            }
        }
    }

    @Test
    void registeredItReplacesLikeWithAndWithoutEscapeAndKeepsNullAsNull() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            SqliteCaseSensitiveLike.register(c.unwrap(SQLiteConnection.class));
            try (var s = c.createStatement()) {
                assertThat(SqliteConnectionSetup.likeFoldsCase(s)).isFalse();
                try (ResultSet rs = s.executeQuery("SELECT 'Queen' LIKE 'Q%', 'a_c' LIKE 'a\\_c' ESCAPE '\\', "
                        + "'abc' LIKE 'a\\_c' ESCAPE '\\', NULL LIKE 'a', 'a' LIKE NULL")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isOne();
                    assertThat(rs.getInt(2)).isOne();
                    assertThat(rs.getInt(3)).isZero();
                    assertThat(rs.getObject(4)).isNull();
                    assertThat(rs.getObject(5)).isNull();
                }
            }
        }
    }

    private static int oneInt(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
