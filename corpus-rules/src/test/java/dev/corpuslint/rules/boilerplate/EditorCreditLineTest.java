package dev.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EditorCreditLineTest {
    private final EditorCreditLine rule = new EditorCreditLine();

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
}
