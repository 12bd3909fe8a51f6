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

    /** A line led by `<` or `*` is skipped exactly when the structure pattern matches it. */
    @Test
    void htmlHeadingsListItemsAndBoldLinesAreWhatThePatternMatches() {
        String[] pieces = {"h", "H", "1", "6", "7", "*", "**", " ", "\t", "中", "a", "_", "<", ">", "\u2028", "\u0085",
            "\r", "\r\n", "\n"};
        List<String> skipped = skippedAsThePatternSkips(43, new String[] {"<", "<h", "<H", "*", "**", "* "}, pieces, 10,
                200_000, RepeatedParagraph::isHtmlHeadingOrBold);
        long headings = skipped.stream().filter(line -> line.strip().startsWith("<")).count();
        long bold = skipped.stream().filter(line -> line.strip().startsWith("**")).count();
        org.junit.jupiter.api.Assertions.assertTrue(headings > 1_000 && bold > 1_000, headings + " " + bold);
    }

    /** A line led by `-`, `+` or `#` is skipped exactly when the structure pattern matches it. */
    @Test
    void listItemsAndHeadingsAreWhatThePatternMatches() {
        String[] pieces = {"#", "##", "######", "-", "+", " ", "\t", "文", "a", "\u2028", "\u0085", "\r", "\r\n", "\n", "*"};
        List<String> skipped = skippedAsThePatternSkips(41, new String[] {"-", "+", "#", "###", "#######"}, pieces, 12,
                100_000, RepeatedParagraph::isListItemOrHeading);
        org.junit.jupiter.api.Assertions.assertTrue(skipped.size() > 10_000, "skipped " + skipped.size());
    }

    /**
     * Asserts that {@code reading} answers as SKIP does on generated lines (up to three spaces, one of {@code
     * leads}, then {@code pieces}), and returns the lines SKIP matched.
     */
    private static List<String> skippedAsThePatternSkips(long seed, String[] leads, String[] pieces, int maxLength, int rounds,
            java.util.function.Predicate<String> reading) {
        java.util.Random random = new java.util.Random(seed);
        List<String> skipped = new java.util.ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            String line = dev.corpuslint.rules.document.Pieces.text(random,
                    " ".repeat(random.nextInt(4)) + leads[random.nextInt(leads.length)], pieces, maxLength);
            boolean expected = RepeatedParagraph.SKIP.matcher(line).lookingAt();
            org.junit.jupiter.api.Assertions.assertEquals(expected, reading.test(line),
                    line.replace("\n", "\\n").replace("\r", "\\r"));
            if (expected) {
                skipped.add(line);
            }
        }
        return skipped;
    }

    /**
     * Leaving out the considered lines whose text never comes back, and counting letters only in lines whose
     * text does, finds the same duplications and the same number of considered lines as considering every
     * line: checked against that reading on generated documents of repeated, unique, operator-laden, short,
     * image and structural lines, with a title to repeat.
     */
    @Test
    void onlyLinesThatComeBackNeedTheirLettersCounted() {
        String[] pieces = {A, A, B, C, "其他内容在这里，也足够长，不会被当成重复的一行文字。", "x = f(a); y = g(b); z = h(c); w = k(d);",
            "X = F(A); Y = G(B); Z = H(C); W = K(D);", "中 = (a); 中 = (b); 中 = (c); 中 = (d); 中 = (e);",
            "短行", "![图片](https://a.cn/p.png)", "# " + A, "- " + B, "**" + C + "**", "", "", "<p>" + A + "</p>",
            "会议指出，要围绕压实网站平台主体责任的工作主线开展治理。 ", "ＡＢＣＤＥＦＧ会议指出要围绕压实网站平台主体责任的工作", "abcdefg会议指出要围绕压实网站平台主体责任的工作",
            // The same key (full-width ＝ folds to =), considered only without the ASCII operators.
            "中中中＝＝＝abcdefghijklmnopqrstuvwxyz", "中中中===abcdefghijklmnopqrstuvwxyz"};
        java.util.Random random = new java.util.Random(6);
        int compared = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder(round % 3 == 0 ? "---\ntitle: " + A + "\n---\n" : "");
            for (int k = random.nextInt(24); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]).append('\n');
            }
            var document = dev.corpuslint.rules.document.CorpusDocument.fromText("a.md", text.toString());
            RepeatedParagraph.Repeats everyLine = everyConsideredLine(document);
            RepeatedParagraph.Repeats repeats = RepeatedParagraph.repeats(document);
            String context = text.toString();
            assertEquals(everyLine.lines().size(), repeats.considered(), context);
            assertEquals(render(RepeatedParagraph.duplications(document, everyLine)), render(RepeatedParagraph.duplications(document)), context);
            compared += RepeatedParagraph.duplications(document).isEmpty() ? 0 : 1;
        }
        org.junit.jupiter.api.Assertions.assertTrue(compared > 500, "documents with duplications: " + compared);
    }

    /** The repeats as every considered line in order and every repeat of an earlier considered line. */
    private static RepeatedParagraph.Repeats everyConsideredLine(dev.corpuslint.rules.document.CorpusDocument document) {
        var body = document.bodyLines();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        List<int[]> pairs = new java.util.ArrayList<>();
        List<Integer> lines = new java.util.ArrayList<>();
        for (int line = body.first(); line < body.end(); line++) {
            String visible = body.visible(line);
            if (body.visibleLength(line) < RepeatedParagraph.MIN_LENGTH
                    || RepeatedParagraph.SKIP.matcher(body.raw(line)).lookingAt()
                    || dev.corpuslint.rules.document.LinkLine.isImageOrLink(visible)
                    || document.body().isCodeOrInvisible(document.lines().contentStart(line))) {
                continue;
            }
            long letters = visible.chars().filter(Character::isLetter).count();
            long han = visible.chars().filter(c -> Character.isLetter(c) && c >= 0x3400 && c <= 0x9FFF).count();
            boolean operators = visible.chars().anyMatch(c -> "=(){};<>≤≥_\\".indexOf(c) >= 0);
            if (letters < 2 || operators && han * 5 < letters) {
                continue;
            }
            lines.add(line);
            Integer earlier = seen.putIfAbsent(body.normalized(line), line);
            if (earlier != null) {
                pairs.add(new int[] {earlier, line});
            }
        }
        return new RepeatedParagraph.Repeats(pairs, lines, lines, body);
    }

    private static String render(List<int[]> pairs) {
        return pairs.stream().map(java.util.Arrays::toString).toList().toString();
    }
}
