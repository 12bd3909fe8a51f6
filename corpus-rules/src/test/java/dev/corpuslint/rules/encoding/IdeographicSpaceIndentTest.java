package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdeographicSpaceIndentTest {
    private final IdeographicSpaceIndent rule = new IdeographicSpaceIndent();

    @Test
    void removesIndentationAtLineStartAndAfterOpeningTags() {
        String text = "<div>\n<p cms-style=\"font-L\">\u3000\u30006月7日，会议召开。</p>\n\u3000\u3000第二段。\n</div>\n";
        assertEquals(2, Lint.run(rule, "a.txt", text).size());
        assertEquals("<div>\n<p cms-style=\"font-L\">6月7日，会议召开。</p>\n第二段。\n</div>\n", Lint.fix(rule, "a.txt", text, false));
    }

    @Test
    void keepsIdeographicSpacesUsedAsSeparators() {
        assertEquals(List.of(), Lint.run(rule, "元朗有人發起遊行\u30004名區議員被捕\n"));
    }

    @Test
    void leavesWhitespaceOnlyLinesToTrailingWhitespace() {
        assertEquals(List.of(), Lint.run(rule, "正文\n\u3000\u3000\n"));
    }
}
