package dev.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PunctuationOnlyLineTest {
    private final PunctuationOnlyLine rule = new PunctuationOnlyLine();

    @Test
    void reportsAParagraphOfLonePunctuationOnce() {
        String text = "使用完整服务\n\n：\n，\n，\n。\n\n视频\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("：\n，\n，\n。", Lint.at(text, found.get(0)));
        assertEquals("4 lines hold only punctuation", found.get(0).message());
    }

    @Test
    void safeFixRemovesTheLines() {
        assertEquals("使用完整服务\n\n\n视频\n", Lint.fix(rule, "使用完整服务\n\n：\n，\n。\n\n视频\n", false));
    }

    @Test
    void removesAPunctuationOnlyHtmlParagraph() {
        assertEquals("<div>\n<p>正文。</p>\n</div>\n", Lint.fix(rule, "x.html", "<div>\n<p>正文。</p>\n<p>，</p>\n</div>\n", false));
    }

    @Test
    void findsMultiLineAndNestedHtmlElementsOnce() {
        String text = "<div>\n<p>正文。</p>\n<div class=\"x\">\n  <p>：</p>\n  <p>。</p>\n</div>\n</div>\n";
        List<Diagnostic> found = Lint.run(rule, "x.html", text);
        assertEquals(1, found.size());
        assertEquals("<div> holds only punctuation", found.get(0).message());
        assertEquals("<div>\n<p>正文。</p>\n</div>\n", Lint.fix(rule, "x.html", text, false));
    }

    @Test
    void removesOnlyTheElementWhenItSharesItsLine() {
        assertEquals("<div><p>正文。</p></div>\n", Lint.fix(rule, "x.html", "<div><p>正文。</p><p>，</p></div>\n", false));
    }

    @Test
    void keepsElementsWithImagesOrText() {
        assertEquals(List.of(), Lint.run(rule, "x.html", "<div>\n<p>，<img src=a.png></p>\n<p>正文，</p>\n</div>\n"));
    }

    @Test
    void removesTheLastLineWithoutLeavingABlankOne() {
        assertEquals("正文。\n", Lint.fix(rule, "正文。\n\n。", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"这句话没有写完\n。\n", "---\n", "***\n", "...\n", "……\n", "<p>a</p>\n，\n<p>b</p>\n"})
    void ignoresPunctuationThatBelongsToText(String text) {
        assertEquals(List.of(), Lint.run(rule, text.startsWith("<") ? "x.html" : "x.md", text));
    }
}
