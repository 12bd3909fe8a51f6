package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericNewsPackTest {
    private final Rule rule = Lint.rule("BP002");

    @ParameterizedTest
    @ValueSource(strings = {
        "责任编辑：张玫", "<p class=\"article-editor\">责任编辑：张玫 </p>", "校对：王宇彤", "責任編輯:陳大文", "（责任编辑：李明）",
        "审核：张琬琪、洪赓、林楚乔", "编辑: SF014", "　　责编：邬梦莹",
    })
    void reportsCreditLines(String line) {
        List<Diagnostic> found = Lint.run(rule, "正文。\n" + line + "\n");
        assertEquals(1, found.size(), line);
    }

    @Test
    void unsafeFixDeletesTheWholeLine() {
        String text = "<div>\n<p>正文。</p>\n<p class=\"article-editor\">责任编辑：张玫 </p>\n</div>\n";
        assertEquals("<div>\n<p>正文。</p>\n</div>\n", Lint.fix(rule, text, true));
        assertEquals(text, Lint.fix(rule, text, false));
    }

    @Test
    void offersNoFixWhenDeletingWouldBreakMarkup() {
        List<Diagnostic> found = Lint.run(rule, "<div>责任编辑：张玫\n</div>\n");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "编辑：这是一个很长的句子，它以编辑两个字开头，但其实是文章正文的一部分，不应被当成署名行删除。",
        "本报编辑部认为这件事很重要。", "<!--article_adlist[<p>校对：王宇彤</p>]article_adlist-->", "责任编辑：",
    })
    void ignoresProseAndComments(String line) {
        assertEquals(List.of(), Lint.run(rule, line + "\n"));
    }

    private static List<Diagnostic> run(String code, String text) {
        return Lint.run(Lint.rule(code), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "版权所有者有权要求平台删除侵权内容。", "本站转载文章的观点不代表本站立场，但我们认为这一点很重要。", "点击下方按钮可以查看更多的细节，但这句话很长，它其实是文章正文的一部分，并不是推广语。",
        "他说：“分享是一种美德。”", "阅读全文之前，请先了解背景。", "订阅量在过去一年增长了三倍。",
    })
    void proseThatMentionsBoilerplateWordsIsLeftAlone(String line) {
        for (String code : List.of("BP101", "BP102", "BP103", "BP104", "BP105", "BP106", "BP107", "BP108")) {
            assertEquals(List.of(), run(code, "正文。\n\n" + line + "\n"), code + " on " + line);
        }
    }

    @Test
    void breadcrumbsCountOnlyAtTheTopAndSurviveLeakedPinyin() {
        assertEquals(1, run("BP103", "當(dāng)前位置:首頁(yè) > 新聞 > 正文\n標題\n").size());
        String late = "一\n\n二\n\n三\n\n四\n\n五\n\n六\n\n七\n\n八\n\n九\n\n当前位置：首页 > 新闻 > 正文\n";
        assertEquals(List.of(), run("BP103", late));
    }

    @Test
    void shareBarsNeedSeveralTargets() {
        assertEquals(1, run("BP106", "正文。\n\n微信 微博 QQ空间\n").size());
        assertEquals(1, run("BP106", "正文。\n\n分享到：![微信](https://x/wx.png)\n").size());
        assertEquals(List.of(), run("BP106", "正文。\n\n微信\n"));
    }

    @Test
    void linkLinesMustHoldOnlyTrackedLinks() {
        assertEquals(1, run("BP109", "正文。\n\n[订阅](https://a.b/?utm_source=x) [下载](https://a.b/app?utm_campaign=y)\n").size());
        assertEquals(List.of(), run("BP109", "正文。\n\n据[报道](https://a.b/?utm_source=x)，此事属实。\n"));
        assertEquals(List.of(), run("BP109", "正文。\n\n[订阅](https://a.b/) [下载](https://a.b/app?utm_campaign=y)\n"));
    }

    @Test
    void pageMarkupIsRemovedSafelyButNeverInsideCode() {
        String html = "<div>\n<p>正文。</p>\n<script>track();</script>\n<p>下文。</p>\n</div>\n";
        assertEquals("<div>\n<p>正文。</p>\n<p>下文。</p>\n</div>\n", Lint.fix(Lint.rule("BP110"), "a.html", html, false));
        String markdown = "正文：\n\n```html\n<script>alert(1)</script>\n```\n\n行内 `<style>p{}</style>` 代码。\n";
        assertEquals(List.of(), Lint.run(Lint.rule("BP110"), "a.md", markdown));
    }

    @Test
    void trackingPixelsAreVoidElementsFoundByTheirStartTag() {
        String html = "<p>正文。<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\"></p>\n";
        List<Diagnostic> found = Lint.run(Lint.rule("BP112"), "a.html", html);
        assertEquals(1, found.size());
        assertEquals("<p>正文。</p>\n", Lint.fix(Lint.rule("BP112"), "a.html", html, false));
        assertEquals(List.of(), Lint.run(Lint.rule("BP112"), "a.html", "<p><img src=\"a.png\" width=\"100\" height=\"1\"></p>\n"));
    }

    @Test
    void imageLinksWithTrackingAreAdsButTextLinksAreReferences() {
        String ad = "<p>正文。</p><a href=\"https://s.example/?utm_source=zb\"><img src=\"b.jpg\"></a>\n";
        assertEquals(1, Lint.run(Lint.rule("BP114"), "a.html", ad).size());
        String reference = "<p>据<a href=\"https://s.example/?utm_source=zb\">报道<img src=\"i.png\"></a>。</p>\n";
        assertEquals(List.of(), Lint.run(Lint.rule("BP114"), "a.html", reference));
    }

    @Test
    void linesInsideCommentsAndScriptsAreNotText() {
        assertEquals(List.of(), run("BP104", "正文。\n<!--\n扫码关注我们\n-->\n"));
        assertEquals(List.of(), run("BP101", "<script>\n©2024 tracker\n</script>\n"));
    }
}
