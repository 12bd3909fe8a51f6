package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteOrderMarkTest {
    private final ByteOrderMark rule = new ByteOrderMark();

    @Test
    void reportsUtf8ByteOrderMarkReadFromBytes() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '-', '-', '-', '\n'};
        List<Diagnostic> found = Lint.runBytes(rule, bytes);
        assertEquals(1, found.size());
        assertEquals(0, found.get(0).range().start());
        assertEquals(1, found.get(0).range().end());
    }

    @Test
    void fixRemovesOnlyTheMark() {
        assertEquals("---\ntitle: 标题\n---\n", Lint.fix(rule, "\uFEFF---\ntitle: 标题\n---\n", false));
    }

    @Test
    void ignoresAMarkInsideTheText() {
        assertEquals(List.of(), Lint.run(rule, "a\uFEFFb"));
        assertEquals(List.of(), Lint.runBytes(rule, "正文".getBytes(StandardCharsets.UTF_8)));
    }
}
