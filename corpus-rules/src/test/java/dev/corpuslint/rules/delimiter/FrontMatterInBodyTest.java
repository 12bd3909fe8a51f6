package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterInBodyTest {
    private final FrontMatterInBody rule = new FrontMatterInBody();

    @Test
    void reportsASecondBlockInTheBody() {
        String text = "---\ntitle: a\n---\n正文结束。\n\n---\ntitle: 另一篇\ndate: 2021-04-22\n---\n下一篇正文\n";
        assertEquals(1, Lint.run(rule, text).size());
        assertEquals(text.indexOf("\n---\ntitle: 另一篇") + 1, Lint.run(rule, text).get(0).range().start());
    }

    @Test
    void thematicBreaksAndSetextHeadingsAreNotFrontMatter() {
        assertEquals(List.of(), Lint.run(rule, "正文\n\n---\n\n更多正文\n"));
        assertEquals(List.of(), Lint.run(rule, "标题\n---\n\n正文: 一\n"));
        assertEquals(List.of(), Lint.run(rule, "正文\n\n---\nnote: one\n---\n"));
        assertEquals(List.of(), Lint.run(rule, "```\n---\na: 1\nb: 2\n---\n```\n"));
    }
}
