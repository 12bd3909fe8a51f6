package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrlfLineEndingsTest {
    private final CrlfLineEndings rule = new CrlfLineEndings();

    @Test
    void reportsMixedEndingsOnceAtTheFirstCrlf() {
        String text = "---\ntitle: 標題\n---\n第一段。\r\n\r\n第二段。\r\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("\r\n", Lint.at(text, found.get(0)));
        assertEquals("File mixes line endings (3 LF, 3 CRLF)", found.get(0).message());
    }

    @Test
    void fixConvertsCrlfAndLoneCrToLf() {
        assertEquals("a\nb\nc\nd", Lint.fix(rule, "a\r\nb\rc\nd", false));
    }

    @Test
    void describesConsistentCrlf() {
        assertEquals("File uses CRLF line endings (2 CRLF)", Lint.run(rule, "a\r\nb\r\n").get(0).message());
    }

    @Test
    void acceptsLf() {
        assertEquals(List.of(), Lint.run(rule, "a\nb\n"));
    }
}
