package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvisibleCharacterTest {
    private final InvisibleCharacter rule = new InvisibleCharacter();

    @Test
    void reportsARunOfZeroWidthCharactersOnce() {
        String text = "网络\u200B\u200D安全";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("\u200B\u200D", Lint.at(text, found.get(0)));
        assertEquals("Invisible characters U+200B, U+200D", found.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\uD800b", "a\uDC00b", "a\u0000b", "a\u0007b", "a\u007Fb", "a\u0085b", "a\u00ADb", "a\uFEFFb", "a\u2060b", "《\u200C电子》"})
    void fixRemovesControlAndZeroWidthCharacters(String text) {
        String fixed = Lint.fix(rule, text, false);
        assertEquals(text.length() - 1, fixed.length(), fixed);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tab\tand\nnewline\r\n", "\uFEFF---", "👨\u200D👩\u200D👧", "मे\u200Dरा", "می\u200Cخواهم", "👍🏽", "𠀀",
    })
    void keepsMeaningfulCharacters(String text) {
        assertEquals(List.of(), Lint.run(rule, text));
    }
}
