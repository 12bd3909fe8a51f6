package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateHeadingTest {
    private final DuplicateHeading rule = new DuplicateHeading();

    @Test
    void removesTheSecondOfTwoHeadingsAroundACoverImage() {
        String text = "# 关注 | 会议\n\n![cover_image](https://mmbiz.qpic.cn/a/0?wx_fmt=jpeg)\n\n# 关注 | 会议\n\n中国信息安全\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals(0, found.get(0).related().range().start());
        assertEquals("# 关注 | 会议\n\n![cover_image](https://mmbiz.qpic.cn/a/0?wx_fmt=jpeg)\n\n中国信息安全\n", Lint.fix(rule, text, false));
    }

    @Test
    void textBetweenOrAnotherLevelMeansNoDuplicate() {
        assertEquals(List.of(), Lint.run(rule, "# 小结\n\n正文。\n\n# 小结\n"));
        assertEquals(List.of(), Lint.run(rule, "# 小结\n\n## 小结\n"));
    }
}
