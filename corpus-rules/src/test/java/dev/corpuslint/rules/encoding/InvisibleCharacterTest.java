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

    /**
     * Every UTF-16 unit between Latin letters, in one text: exactly the documented set is reported (C0
     * controls but tab, line feed and carriage return; DEL; C1 controls; soft hyphen; U+180E; U+200B-U+200D
     * and U+2060-U+2064; a byte order mark not at the start; lone surrogates), so the early return for
     * common characters can hide none of them.
     */
    @Test
    void reportsExactlyTheDocumentedCharacters() {
        StringBuilder text = new StringBuilder("x");
        java.util.List<Integer> expected = new java.util.ArrayList<>();
        for (int c = 0; c <= 0xFFFF; c++) {
            boolean reported = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == 0xAD
                    || c == 0x180E || c >= 0x200B && c <= 0x200D || c >= 0x2060 && c <= 0x2064 || c == 0xFEFF
                    || Character.isSurrogate((char) c);
            if (reported) {
                expected.add(text.length());
            }
            text.append((char) c).append('x');
        }
        List<Integer> found = Lint.run(rule, text.toString()).stream().map(d -> d.range().start()).toList();
        assertEquals(expected, found);
    }

    /** The code units in messages are written as String.format's {@code U+%04X} writes them, for every one. */
    @Test
    void codeUnitsAreWrittenAsTheFormatterWritesThem() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            StringBuilder out = new StringBuilder();
            InvisibleCharacter.appendCodeUnit(out, (char) c);
            assertEquals(String.format(java.util.Locale.ROOT, "U+%04X", c), out.toString());
        }
    }
}
