package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplacementCharacterTest {
    private final ReplacementCharacter rule = new ReplacementCharacter();

    @Test
    void reportsReplacementCharactersAndGbkSignaturesWithoutFix() {
        String text = "网络\uFFFD\uFFFD安全，标题锟斤拷锟斤拷，烫烫烫烫\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(3, found.size());
        assertEquals("\uFFFD\uFFFD", Lint.at(text, found.get(0)));
        assertEquals("锟斤拷锟斤拷", Lint.at(text, found.get(1)));
        assertNull(found.get(0).fix());
    }

    @Test
    void leavesDecodingDamageToInvalidUtf8() {
        byte[] good = "新闻报道今天的天气很好我们去公园散步然后回家".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 1, good.length);
        bytes[0] = (byte) 0xFF;
        assertEquals(List.of(), Lint.runBytes(rule, bytes));
    }

    @Test
    void aSingleOrDoubleCharacterIsText() {
        assertEquals(List.of(), Lint.run(rule, "烫伤，屯兵\n"));
    }
    /** Each form of lost text is found in a text that holds no other. */
    @Test
    void findsEachFormAlone() {
        for (String lost : new String[] {"\uFFFD", "锟斤拷", "烫烫烫", "屯屯屯"}) {
            String text = "标题" + lost + "正文\n";
            List<Diagnostic> found = Lint.run(rule, text);
            assertEquals(1, found.size(), lost);
            assertEquals(lost, Lint.at(text, found.get(0)));
        }
    }
}
