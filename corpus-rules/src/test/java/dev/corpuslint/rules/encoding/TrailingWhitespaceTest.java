package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingWhitespaceTest {
    private final TrailingWhitespace rule = new TrailingWhitespace();

    @Test
    void reportsAndRemovesTrailingSpacesTabsAndIdeographicSpaces() {
        String text = "---\ncategories: \n---\n<div>   \n正文。\t\u3000\r\n  \n";
        List<Diagnostic> found = Lint.run(rule, "a.txt", text);
        assertEquals(4, found.size());
        assertEquals("Line holds only whitespace", found.get(3).message());
        assertEquals("---\ncategories:\n---\n<div>\n正文。\r\n\n", Lint.fix(rule, "a.txt", text, false));
    }

    @Test
    void keepsMarkdownHardBreaks() {
        assertEquals(List.of(), Lint.run(rule, "a.md", "第一行  \n第二行\n"));
        assertEquals(1, Lint.run(rule, "a.md", "最后一行  \n\n").size(), "no next line: not a break");
    }

    @Test
    void ignoresCode() {
        assertEquals(List.of(), Lint.run(rule, "a.md", "```\ncode   \n```\n"));
    }
}
