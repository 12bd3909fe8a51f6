package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class SinaPackTest {
    @Test
    void templateCommentsSeparatedOnlyByWhitespaceAreOneSafeFinding() {
        String text = "<div>\n<p>正文。</p>\n<!-- 正文下iframe -->\n<!-- 正文下iframe -->\n\n<!-- 总声明-->\n<p>下文。</p>\n</div>\n";
        List<Diagnostic> found = Lint.run(Lint.rule("BP301"), "a.html", text);
        assertEquals(1, found.size());
        assertEquals(Applicability.SAFE, found.get(0).fix().applicability());
        assertEquals("<div>\n<p>正文。</p>\n<p>下文。</p>\n</div>\n", Lint.fix(Lint.rule("BP301"), "a.html", text, false));
    }

    @Test
    void aCommentSharingItsLineWithTextLeavesTheText() {
        String text = "<p>正文。</p><!--article_adlist[<p>校对：王宇彤</p>]article_adlist-->\n";
        assertEquals("<p>正文。</p>\n", Lint.fix(Lint.rule("BP301"), "a.html", text, false));
        assertEquals(List.of(), Lint.run(Lint.rule("BP301"), "a.html", "<!-- 作者的注释 -->\n<p>正文。</p>\n"));
    }

    @Test
    void theAppPromoBoxIsOneElement() {
        String text = "<div>\n<p>正文。</p>\n<div class=\"clearfix appendQr_wrap\">\n  <div class=\"appendQr_normal_txt\">海量资讯</div>\n</div>\n</div>\n";
        List<Diagnostic> found = Lint.run(Lint.rule("BP302"), "a.html", text);
        assertEquals(1, found.size());
        assertEquals("<div>\n<p>正文。</p>\n</div>\n", Lint.fix(Lint.rule("BP302"), "a.html", text, true));
    }
}
