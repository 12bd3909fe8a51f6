package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadingRepeatsTitleTest {
    private final HeadingRepeatsTitle rule = new HeadingRepeatsTitle();

    @Test
    void reportsAndRemovesAFirstHeadingEqualToTheTitle() {
        String text = "---\ntitle: 关注 | 中央网信办召开会议\n---\n\n# 关注 | 中央网信办召开会议\n\n正文。\n";
        assertEquals(1, Lint.run(rule, text).size());
        assertEquals("---\ntitle: 关注 | 中央网信办召开会议\n---\n\n正文。\n", Lint.fix(rule, text, true));
        assertEquals(text, Lint.fix(rule, text, false), "unsafe only");
    }

    @Test
    void comparesHtmlHeadingsAndIgnoresEmphasis() {
        assertEquals(1, Lint.run(rule, "a.txt", "---\ntitle: 标题\n---\n<div>\n<h1><strong>标题</strong></h1>\n</div>\n").size());
        assertEquals(1, Lint.run(rule, "---\ntitle: 标题\n---\n# **标题**\n").size());
    }

    @Test
    void findsASetextHeadingMadeOfALinkToTheArticle() {
        String text = "---\ntitle: \"中央网信办：督促网站平台完善社区规则\"\n---\n<!--1619064840000-->\n"
                + "[中央网信办：督促网站平台完善社区规则](https://www.zaobao.com/realtime/china/story20210421-1141059)\n------\n\n<div>\n<p>正文</p>\n</div>\n";
        assertEquals(1, Lint.run(rule, text).size());
        assertEquals("---\ntitle: \"中央网信办：督促网站平台完善社区规则\"\n---\n<!--1619064840000-->\n<div>\n<p>正文</p>\n</div>\n",
                Lint.fix(rule, text, true));
    }

    @Test
    void onlyTheFirstHeadingCounts() {
        assertEquals(List.of(), Lint.run(rule, "---\ntitle: 标题\n---\n# 引言\n\n## 标题\n"));
        assertEquals(List.of(), Lint.run(rule, "# 标题\n"));
    }
}
