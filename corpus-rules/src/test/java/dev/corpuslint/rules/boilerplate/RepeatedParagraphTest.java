package dev.corpuslint.rules.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedParagraphTest {
    private final RepeatedParagraph rule = new RepeatedParagraph();
    private static final String A = "会议指出，要围绕压实网站平台主体责任的工作主线开展治理。";
    private static final String B = "会议强调，要坚持正确的政治方向、舆论导向和价值取向。";
    private static final String C = "会议要求，要正确处理好安全与发展的关系，以安全促发展。";

    @Test
    void aPassageCapturedTwiceIsReportedWithItsFirstOccurrence() {
        String passage = A + "\n\n" + B + "\n\n" + C + "\n";
        String text = passage + "\n其他内容在这里，也足够长，不会被当成重复。\n\n" + passage;
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("3 paragraphs repeat lines 1–5", found.get(0).message());
        assertEquals(0, found.get(0).related().range().start());
        assertEquals(passage + "\n其他内容在这里，也足够长，不会被当成重复。\n", Lint.fix(rule, text, true));
        String pair = A + "\n\n" + B + "\n\n其他内容在这里，也足够长，不会被当成重复。\n\n" + A + "\n\n" + B + "\n";
        assertEquals(List.of(), Lint.run(rule, pair), "two lines together are as often a list's attributes");
    }

    @Test
    void theTitleAgainAndAnImmediateRepeatAreDuplicates() {
        String title = "知名基因测序仪曝BIOS漏洞，可禁用疾病监测和疫苗开发";
        String titled = "---\ntitle: " + title + "\n---\n" + title + "\n\n" + A + "\n\n" + B + "\n\n" + title + "\n";
        assertEquals(1, Lint.run(rule, titled).size(), "the title scraped again far from its first copy");
        assertEquals(List.of(), Lint.run(rule, titled.replace("title: " + title, "title: 别的标题")), "without the title it is a lone far repeat");
        assertEquals(1, Lint.run(rule, A + "\n\n" + A + "\n").size());
        assertEquals(1, Lint.run(rule, A + "\n\n![](https://img/1.png)\n\n" + A + "\n").size(), "an image between copies");
    }

    @Test
    void singleLinesRepeatedFarApartAndStructureAreText() {
        String report = "漏洞一：Google Chrome是美国谷歌公司的一款Web浏览器，存在越界写入漏洞。\n\n" + B
                + "\n\n漏洞二：其他描述文字，长度也足够用于比较。\n\n" + "漏洞一：Google Chrome是美国谷歌公司的一款Web浏览器，存在越界写入漏洞。\n";
        assertEquals(List.of(), Lint.run(rule, report));
        String structure = "## 修复建议：升级到最新版本并重启全部服务\n\n## 修复建议：升级到最新版本并重启全部服务\n\n"
                + "7.7.0 ≤ Atlassian Bitbucket Server < 7.17.12\n7.7.0 ≤ Atlassian Bitbucket Server < 7.17.12\n";
        assertEquals(List.of(), Lint.run(rule, structure));
        for (String line : List.of("- " + A, "1. " + A, "> " + A, "**" + A + "**", "[" + A + "](https://example.com/a)",
                "![" + A + "](https://example.com/a.png)")) {
            assertEquals(List.of(), Lint.run(rule, line + "\n" + line + "\n"), line);
        }
        assertEquals(1, Lint.run(rule, "前言 " + A + "\n前言 " + A + "\n").size(), "the same line as prose is a repeat");
    }

    /** The letter count's shortcut holds: every character of the common-ideograph range is a letter. */
    @org.junit.jupiter.api.Test
    void everyCommonIdeographIsALetter() {
        for (char c = RepeatedParagraph.COMMON_HAN_FIRST; c <= RepeatedParagraph.COMMON_HAN_LAST; c++) {
            org.junit.jupiter.api.Assertions.assertTrue(Character.isLetter(c), Integer.toHexString(c));
        }
    }

    /** A line led by a digit is skipped exactly when the structure pattern matches it. */
    @Test
    void numberedItemsAreWhatThePatternMatches() {
        String[] pieces = {"1", "23", ".", ")", " ", "  ", "\t", "年", "、", "**", "-"};
        java.util.Random random = new java.util.Random(17);
        int items = 0;
        for (int round = 0; round < 100_000; round++) {
            String line = dev.corpuslint.rules.document.Pieces.text(random,
                    " ".repeat(random.nextInt(4)) + (char) ('0' + random.nextInt(10)), pieces, 12);
            boolean expected = RepeatedParagraph.SKIP.matcher(line).lookingAt();
            org.junit.jupiter.api.Assertions.assertEquals(expected, RepeatedParagraph.isNumberedItem(line), line);
            items += expected ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(items > 1_000, "items " + items);
    }

    /** A line led by `-`, `+` or `#` is skipped exactly when the structure pattern matches it. */
    @Test
    void listItemsAndHeadingsAreWhatThePatternMatches() {
        String[] pieces = {"#", "##", "######", "-", "+", " ", "\t", "文", "a", "\u2028", "\u0085", "\r", "\r\n", "\n", "*"};
        String[] leads = {"-", "+", "#", "###", "#######"};
        java.util.Random random = new java.util.Random(41);
        int skipped = 0;
        for (int round = 0; round < 100_000; round++) {
            String line = dev.corpuslint.rules.document.Pieces.text(random,
                    " ".repeat(random.nextInt(4)) + leads[random.nextInt(leads.length)], pieces, 12);
            boolean expected = RepeatedParagraph.SKIP.matcher(line).lookingAt();
            org.junit.jupiter.api.Assertions.assertEquals(expected, RepeatedParagraph.isListItemOrHeading(line),
                    line.replace("\n", "\\n"));
            skipped += expected ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(skipped > 10_000, "skipped " + skipped);
    }
}
