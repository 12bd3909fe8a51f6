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
        String text = "他说：“我们会继续推进。\n\n下一段。\n";
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
    void checksBracketsInEachParagraphOnItsOwn() {
        List<Diagnostic> found = Lint.run(rule, "第一段《开始。\n\n第二段》结束。\n");
        assertEquals(2, found.size());
    }

    @Test
    void quotationsMaySpanParagraphsTheChineseWay() {
        assertEquals(List.of(), Lint.run(rule, "他说：“第一段。\n\n“第二段。\n\n“第三段。”\n\n下一段。\n"));
        assertEquals(List.of(), Lint.run(rule, "“引文第一段。\n\n引文结束。”\n"));
    }

    @Test
    void reportsReversedAndNeverClosedQuotations() {
        String reversed = "做到”常用常新“，离不开支持。\n";
        assertEquals("Closing `”` has no matching `“`", Lint.run(rule, reversed).get(0).message());
        String twice = "他说“一句话，又说“另一句话”。\n";
        List<Diagnostic> found = Lint.run(rule, twice);
        assertEquals(1, found.size());
        assertEquals(twice.indexOf('“'), found.get(0).range().start());
    }

    @Test
    void quotesMaySpanLinesWithinAParagraph() {
        assertEquals(List.of(), Lint.run(rule, "他说：“第一行\n第二行。”\n"));
    }

    @Test
    void htmlParagraphsOnAdjacentLinesAreSeparate() {
        assertEquals(2, Lint.run(rule, "x.html", "<p>一【二</p>\n<p>三】四</p>\n").size());
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
        "url =\u00a0f”https://{domain}/?=&post_type=pro\n", "std::cout << “Please enter a string: “;\n",
        "SafeMoon, a self-styled “\n", "（例：见 https://example.com/a_(b)）\n", "(account secret)ن½œç”µه\n",
    })
    void acceptsBalancedOrNonProseMarks(String text) {
        assertEquals(List.of(), Lint.run(rule, text));
    }

    /** The body is split where the break pattern, tried at every `\\n`, `\\r` and `<`, would split it. */
    @org.junit.jupiter.api.Test
    void paragraphsAreWhereThePatternBreaks() {
        String[] pieces = {"\n", "\r", "\r\n", " ", "\t", "\u3000", "<p>", "</div>", "<br/>", "<b>", "文", "a"};
        java.util.Random random = new java.util.Random(19);
        java.util.regex.Matcher breaks = UnbalancedCjkPunctuation.PARAGRAPH_BREAK.matcher("");
        for (int round = 0; round < 50_000; round++) {
            String text = dev.corpuslint.rules.document.Pieces.text(random, "前", pieces, 40);
            var range = new dev.corpuslint.rules.model.TextRange(Math.min(text.length(), 1 + random.nextInt(2)), text.length());
            java.util.List<dev.corpuslint.rules.model.TextRange> expected = new java.util.ArrayList<>();
            breaks.reset(text);
            int start = range.start();
            for (int i = range.start(); i < range.end(); i++) {
                char c = text.charAt(i);
                if ((c == '\n' || c == '\r' || c == '<') && breaks.region(i, range.end()).lookingAt()) {
                    expected.add(new dev.corpuslint.rules.model.TextRange(start, i));
                    start = breaks.end();
                    i = Math.max(i, start - 1);
                }
            }
            expected.add(new dev.corpuslint.rules.model.TextRange(start, range.end()));
            assertEquals(expected, UnbalancedCjkPunctuation.paragraphs(text, text.toCharArray(), range), text);
        }
    }

    /** A line is code-like exactly when the pattern finds code in it: lines without any of its marks are not searched. */
    @org.junit.jupiter.api.Test
    void codeLikeLinesAreWhatThePatternFinds() {
        java.util.regex.Pattern codeLike = java.util.regex.Pattern.compile("::|<<|==|=>|\\w\\(|[{};]\\s*$|\\bf[“”]|\\.split\\(");
        String[] pieces = {":", "<", "=", "(", "{", "}", ";", "f", ".", "“", "”", "文", "a", "_", " ", "split", "\n"};
        java.util.Random random = new java.util.Random(43);
        int code = 0;
        for (int round = 0; round < 100_000; round++) {
            String line = dev.corpuslint.rules.document.Pieces.text(random, pieces[random.nextInt(pieces.length)], pieces, 14);
            int at = random.nextInt(line.length());
            if (line.charAt(at) == '\n') {
                continue; // the rule asks at a mark, never at a line break
            }
            int start = line.lastIndexOf('\n', at) + 1;
            int end = line.indexOf('\n', at);
            boolean expected = codeLike.matcher(line.substring(start, end < 0 ? line.length() : end)).find();
            assertEquals(expected, UnbalancedCjkPunctuation.isInCodeLikeLine(line, at), line);
            code += expected ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(code > 10_000, "code " + code);
    }

    /** The walk visits only the marks the document's survey lists, past each paragraph's first word: every one this rule pairs is listed. */
    @org.junit.jupiter.api.Test
    void everyMarkThisRulePairsIsOneTheSurveyLists() {
        int paired = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (UnbalancedCjkPunctuation.pairs((char) c)) {
                paired++;
                assertEquals(true, dev.corpuslint.rules.document.CharPresence.isMark((char) c), "U+" + Integer.toHexString(c));
            }
        }
        assertEquals(18, paired, "the eight openers and eight closers, and the ASCII parentheses");
    }
}
