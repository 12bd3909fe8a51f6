package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterNotAtStartTest {
    private final FrontMatterNotAtStart rule = new FrontMatterNotAtStart();

    @Test
    void reportsBlankLinesBeforeOpeningFence() {
        String text = "\n  \n---\ntitle: x\n---\nbody\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("\n  \n", Lint.at(text, found.get(0)));
        assertTrue(found.get(0).message().contains("2 blank lines"), found.get(0).message());
    }

    @Test
    void fixRemovesOnlyTheBlankLines() {
        assertEquals("---\ntitle: x\n---\nbody\n", Lint.fix(rule, "\n\r\n---\ntitle: x\n---\nbody\n", false));
    }

    @Test
    void keepsTheByteOrderMarkForItsOwnRule() {
        assertEquals("\uFEFF---\ntitle: x\n---\n", Lint.fix(rule, "\uFEFF\n---\ntitle: x\n---\n", false));
    }

    @Test
    void acceptsFrontMatterOnTheFirstLine() {
        assertEquals(List.of(), Lint.run(rule, "---\ntitle: x\n---\n"));
    }

    @Test
    void ignoresFilesWithoutFrontMatter() {
        assertEquals(List.of(), Lint.run(rule, "\n\n# Title\n\ntext\n"));
    }
}
