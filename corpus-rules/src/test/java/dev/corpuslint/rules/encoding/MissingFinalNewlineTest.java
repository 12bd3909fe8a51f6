package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingFinalNewlineTest {
    private final MissingFinalNewline rule = new MissingFinalNewline();

    @Test
    void addsALineBreakInTheFilesOwnStyle() {
        assertEquals("a\nb\n", Lint.fix(rule, "a\nb", false));
        assertEquals("a\r\nb\r\n", Lint.fix(rule, "a\r\nb", false));
        assertEquals(1, Lint.run(rule, "a\nb").size());
    }

    @Test
    void acceptsFilesEndingInALineBreakAndEmptyFiles() {
        assertEquals(List.of(), Lint.run(rule, "a\n"));
        assertEquals(List.of(), Lint.run(rule, ""));
    }
}
