package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class FullWidthAlphanumericTest {
    private final FullWidthAlphanumeric rule = new FullWidthAlphanumeric();

    @Test
    void convertsARunOfLettersAndDigitsOnce() {
        String text = "漏洞ＣＶＥ２０２４，影响ａｐｐ。\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(2, found.size());
        assertEquals("漏洞CVE2024，影响app。\n", Lint.fix(rule, text, false));
    }

    @Test
    void leavesFullWidthPunctuationAlone() {
        assertEquals(List.of(), Lint.run(rule, "你好，世界！（注）\n"));
    }
    /** Every full-width digit and letter is found alone too, with no other full-width one in the text. */
    @Test
    void findsEachLetterAndDigitAlone() {
        for (char c = '\uFF10'; c <= '\uFF5A'; c++) {
            boolean alphanumeric = Character.isLetterOrDigit(c);
            List<Diagnostic> found = Lint.run(rule, "型号" + c + "的手机\n");
            assertEquals(alphanumeric ? 1 : 0, found.size(), Integer.toHexString(c));
        }
    }
}
