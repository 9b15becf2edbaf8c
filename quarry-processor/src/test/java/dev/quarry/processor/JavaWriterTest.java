package dev.quarry.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaWriterTest {

    @Test
    void literalsEscapeQuotesBackslashesAndLineBreaks() {
        assertThat(JavaWriter.literal("a \"b\" \\ c\nd\te")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\te\"");
    }

    @Test
    void controlCharactersBecomeThreeDigitOctalEscapesSoAFollowingDigitStaysADigit() {
        assertThat(JavaWriter.literal("\u00017")).isEqualTo("\"\\0017\"");
    }

    @Test
    void nullIsTheNullLiteral() {
        assertThat(JavaWriter.literal(null)).isEqualTo("null");
    }

    @Test
    void blocksIndentByFourSpacesAndContinuationsByEight() {
        String text = new JavaWriter().open("class A").line("int x = 1").continued("+ 2;").close().toString();
        assertThat(text).isEqualTo("class A {\n    int x = 1\n            + 2;\n}\n");
    }
}
