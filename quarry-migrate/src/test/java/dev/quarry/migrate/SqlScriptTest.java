package dev.quarry.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Splitting a migration file into statements: at semicolons, except inside literals, comments, a PostgreSQL
 * dollar-quoted body and a SQLite trigger's BEGIN ... END.
 */
class SqlScriptTest {

    @Test
    void splitsAtSemicolonsOutsideLiteralsAndComments() {
        assertThat(SqlScript.statements("CREATE TABLE a (x text DEFAULT ';');\n-- a comment; here\n"
                + "INSERT INTO a VALUES ('it''s; fine');", false))
                .containsExactly("CREATE TABLE a (x text DEFAULT ';')", "INSERT INTO a VALUES ('it''s; fine')");
    }

    @Test
    void keepsADollarQuotedBodyWhole() {
        String function = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO l "
                + "VALUES (1); RETURN NULL; END $$";
        String tagged = "DO $body$ BEGIN PERFORM 1; END $body$";
        assertThat(SqlScript.statements(function + ";\n" + tagged + ";\nSELECT $1", false))
                .containsExactly(function, tagged, "SELECT $1");
    }

    @Test
    void keepsASqliteTriggerBodyWholeCaseExpressionsIncluded() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE m SET n = n + 1; "
                + "INSERT INTO l SELECT CASE WHEN NEW.x IS NULL THEN 0 ELSE 1 END FROM m; END";
        String temp = "create temp trigger u after delete on a begin delete from l; end";
        assertThat(SqlScript.statements(trigger + ";\n" + temp + ";\nBEGIN;\nSELECT 1;\nCOMMIT;", false))
                .containsExactly(trigger, temp, "BEGIN", "SELECT 1", "COMMIT");
    }
}
