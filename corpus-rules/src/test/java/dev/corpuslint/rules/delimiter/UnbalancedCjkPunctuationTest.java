package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnbalancedCjkPunctuationTest {
    private final UnbalancedCjkPunctuation rule = new UnbalancedCjkPunctuation();

    @Test
    void reportsUnclosedQuoteAtTheOpeningMark() {
        String text = "他说：“我们会继续推进。\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).range().start());
        assertEquals("“", Lint.at(text, found.get(0)));
    }

    @Test
    void reportsStrayClosingMark() {
        String text = "见附件》。\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("》", Lint.at(text, found.get(0)));
    }

    @Test
    void reportsInnerOpenerLeftOpenInsideAnOuterPair() {
        String text = "《关于（征求意见稿》的通知\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("（", Lint.at(text, found.get(0)));
    }

    @Test
    void checksEachParagraphOnItsOwn() {
        List<Diagnostic> found = Lint.run(rule, "第一段“开始。\n\n第二段”结束。\n");
        assertEquals(2, found.size());
    }

    @Test
    void quotesMaySpanLinesWithinAParagraph() {
        assertEquals(List.of(), Lint.run(rule, "他说：“第一行\n第二行。”\n"));
    }

    @Test
    void htmlParagraphsOnAdjacentLinesAreSeparate() {
        assertEquals(2, Lint.run(rule, "x.html", "<p>一“二</p>\n<p>三”四</p>\n").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "《人民日报》（海外版）「引用」『书名』【来源】〈篇名〉‘单引’“双引”\n",
        "1）第一项\n2）第二项\n",
        "见下文：三）细则\n",
        "资产(数据、算法）的价值\n",
        "it’s don’t the students’ work\n",
        "代码 `“` 不算\n",
        "```\n“未闭合\n```\n",
        "<!-- “注释 -->\n",
        "见 https://example.com/(a)“引文”之后\n",
        "дҪҶжҳҜз”Ё“з©әж°”\n",
    })
    void acceptsBalancedOrNonProseMarks(String text) {
        assertEquals(List.of(), Lint.run(rule, text));
    }
}
