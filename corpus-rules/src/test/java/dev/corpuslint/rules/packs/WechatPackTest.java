package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class WechatPackTest {
    private final Rule rule = Lint.rule("BP001");
    private static final String ARTICLE = "---\ntitle: t\n---\n\n会议要求，要正确处理好安全与发展的关系。\n\n（来源：中国网信网）\n\n";
    private static final String CHROME = "预览时标签不可点\n\n阅读原文\n\n![]()\n\n微信扫一扫\n关注该公众号\n\n继续滑动看下一个\n\n"
            + "中国信息安全\n\n知道了\n\n取消\n允许\n\n×\n分析\n\n：\n，\n。\n\n视频\n小程序\n赞\n，轻点两下取消赞\n在看\n，轻点两下取消在看\n分享\n留言\n收藏\n听过";

    @Test
    void reportsTheTailBlockFromTheFirstMarker() {
        String text = ARTICLE + CHROME;
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals(text.indexOf("预览时标签不可点"), found.get(0).range().start());
        assertEquals(text.length(), found.get(0).range().end());
        assertEquals(Applicability.UNSAFE, found.get(0).fix().applicability());
    }

    @Test
    void unsafeFixKeepsTheArticleAndItsLastLine() {
        assertEquals("---\ntitle: t\n---\n\n会议要求，要正确处理好安全与发展的关系。\n\n（来源：中国网信网）\n",
                Lint.fix(rule, ARTICLE + CHROME, true));
    }

    @Test
    void oneMarkerInsideTheArticleIsNotChrome() {
        assertEquals(List.of(), Lint.run(rule, ARTICLE + "阅读原文\n"));
        assertEquals(List.of(), Lint.run(rule, "阅读原文\n\n微信扫一扫\n\n这是文章正文的一段很长的文字，它不是页面的一部分。\n"));
    }

    @Test
    void markersFollowedByArticleTextAreNotATail() {
        String text = "微信扫一扫\n关注该公众号\n\n正文从这里开始，这是一段足够长的句子，说明上面只是开头的提示。\n";
        assertTrue(Lint.run(rule, text).isEmpty());
    }

    @Test
    void theCoverImageAndAccountNameCountOnlyUnderTheTitle() {
        String text = "---\nsource: 中国信息安全\n---\n# 标题\n![cover_image](https://a/0.jpg)\n中国信息安全\n\n正文。\n\n中国信息安全\n";
        assertEquals(1, Lint.run(Lint.rule("BP201"), text).size());
        List<Diagnostic> names = Lint.run(Lint.rule("BP202"), text);
        assertEquals(1, names.size());
        assertEquals(text.indexOf("中国信息安全\n\n正文"), names.get(0).range().start());
        assertEquals(List.of(), Lint.run(Lint.rule("BP202"), "---\ntitle: t\n---\n中国信息安全\n"), "no source, no phrase");
    }

    @Test
    void bannersAreImageOnlyLinksToWechatArticles() {
        assertEquals(1, Lint.run(Lint.rule("BP203"), "正文。\n\n[![](https://m/1.png)](http://mp.weixin.qq.com/s?__biz=M)\n").size());
        assertEquals(List.of(), Lint.run(Lint.rule("BP203"), "正文。\n\n[上一篇](http://mp.weixin.qq.com/s?__biz=M)\n"));
        assertEquals(List.of(), Lint.run(Lint.rule("BP203"), "正文。\n\n[![](https://m/1.png)](https://example.com/)\n"));
    }
}
