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
 * The GLOB the DSL renders for a case-sensitive LIKE matches exactly what SQLite's own LIKE matches with
 * {@code PRAGMA case_sensitive_like} on (the reference, set here on a private connection only), on every text and
 * pattern below, wildcards, escapes, GLOB's own special characters and non-ASCII text included.
 */
class SqliteGlobTest {
    private static final List<String> TEXTS = List.of("", "a", "A", "abc", "aBc", "a_c", "a%c", "a\\c", "Queen",
            "queen bee", "ÖSTERREICH", "österreich", "%", "_", "abcabc", "日本語", "a*c", "a?c", "a[b]c", "[", "]",
            "😀x", "x😀");
    private static final List<String> PATTERNS = List.of("", "%", "_", "a", "A", "a%", "%c", "a_c", "a\\_c", "a\\%c",
            "a\\\\c", "%b%", "%B%", "queen%", "Q_een", "%%", "_%_", "abc%abc", "%abc", "Ö%", "ö%", "日_語", "a\\",
            "a*c", "a?c", "a[b]c", "[%", "%]", "_x", "x_", "a\\*c");

    @Test
    void theTranslatedGlobMatchesWhatACaseSensitiveLikeMatches() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA case_sensitive_like = ON");
            }
            try (PreparedStatement like = c.prepareStatement("SELECT ? LIKE ? ESCAPE '\\'");
                 PreparedStatement glob = c.prepareStatement("SELECT ? GLOB ?")) {
                for (String text : TEXTS) {
                    for (String pattern : PATTERNS) {
                        like.setString(1, text);
                        like.setString(2, pattern);
                        glob.setString(1, text);
                        glob.setString(2, SqliteGlob.fromLike(pattern));
                        assertThat(oneInt(glob)).as("'%s' LIKE '%s' as GLOB '%s'", text, pattern,
                                SqliteGlob.fromLike(pattern)).isEqualTo(oneInt(like));
                    }
                }
            }
        }
    }

    @Test
    void quarryGlobTranslatesAPatternComputedInSqlAndKeepsNullAsNull() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            SqliteGlob.register(c.unwrap(SQLiteConnection.class));
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 'a_c' GLOB quarry_glob('a' || "
                    + "'\\_c'), 'abc' GLOB quarry_glob('a\\_c'), 'Queen' GLOB quarry_glob('q%'), quarry_glob(NULL)")) {
                rs.next();
                assertThat(rs.getInt(1)).isOne();
                assertThat(rs.getInt(2)).isZero();
                assertThat(rs.getInt(3)).isZero();
                assertThat(rs.getObject(4)).isNull();
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
