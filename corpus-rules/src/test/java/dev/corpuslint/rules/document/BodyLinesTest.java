package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyLinesTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "海量资讯、精准解读，尽在新浪财经APP => 海量资讯、精准解读,尽在新浪财经app",
        "征订热线：０１０　82341063 => 征订热线:01082341063",
        "當(dāng)前位置:首頁(yè) => 當前位置:首頁",
        "版本(beta)与(v2) => 版本(beta)与(v2)",
        "Ａｂｃ D => abcd",
    })
    void normalisesWidthCaseSpacingAndLeakedPinyin(String text, String key) {
        assertEquals(key, BodyLines.normalize(text));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "<p class=\"article-editor\">责任编辑：张玫 </p> => 责任编辑：张玫",
        "a <b>c</b> <!-- x --> d => a c  d",
        "1 < 2 and x<y => 1 < 2 and x<y",
        "**加粗的一行** => 加粗的一行",
        "<!-- open comment to the end => ''",
        "* 列表项，不是强调 => * 列表项，不是强调",
        "_a_b => _a_b",
        "_强调_ => 强调",
        "甲 &amp; 乙 => 甲 & 乙",
        "&nbsp;正文&lt;1&gt; => 正文<1>",
    })
    void visibleTextDropsTagsCommentsAndEmphasis(String line, String visible) {
        assertEquals(visible, VisibleText.of(line));
        // The same through a document, whose lines skip the search when the text holds no `<` and no `&`.
        BodyLines body = CorpusDocument.fromText("a.md", "正文\n" + line + "\n").bodyLines();
        assertEquals(visible, body.visible(body.first() + 1));
    }

    /**
     * The kept lengths are the code points of the visible and readable text, surrogate pairs and leaked pinyin
     * included, in texts with surrogates and in texts without, whose lengths are not counted.
     */
    @org.junit.jupiter.api.Test
    void lengthsAreTheCodePointsOfTheLines() {
        java.util.Random random = new java.util.Random(11);
        String[] pieces = {"当", "(dāng)", "\uD840\uDC00", "a", " ", "<b>", "</b>", "**", "前位置", "(beta)", "\uD83D\uDE00"};
        String[] withoutSurrogates = {"当", "(dāng)", "a", " ", "<b>", "</b>", "**", "前位置", "(beta)"};
        for (int round = 0; round < 300; round++) {
            String[] pool = round % 2 == 0 ? pieces : withoutSurrogates;
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 6; line++) {
                for (int k = random.nextInt(12); k > 0; k--) {
                    text.append(pool[random.nextInt(pool.length)]);
                }
                text.append('\n');
            }
            BodyLines body = CorpusDocument.fromText("a.md", text.toString()).bodyLines();
            // Asked in both orders, so neither count is only right when the other was made first.
            for (int line = body.end() - 1; line >= body.first(); line--) {
                String readable = body.readable(line);
                assertEquals(readable.codePointCount(0, readable.length()), body.readableLength(line), readable);
            }
            for (int line = body.first(); line < body.end(); line++) {
                String visible = body.visible(line);
                assertEquals(visible.codePointCount(0, visible.length()), body.visibleLength(line), visible);
                assertEquals(visible.codePointCount(0, visible.length()), body.visibleLength(line), visible);
            }
        }
    }

    /** Leaked pinyin is dropped from a line's readable text whichever range its toned vowel is in. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "當(dāng)前位置 => 當前位置",
        "首頁(yè)新闻 => 首頁新闻",
        "版本(beta)与(v2) => 版本(beta)与(v2)",
    })
    void readableTextDropsLeakedPinyin(String line, String readable) {
        BodyLines body = CorpusDocument.fromText("a.md", "正文\n" + line + "\n").bodyLines();
        assertEquals(readable, body.readable(body.first() + 1));
    }

    /** withoutMarkup as it was written before it copied runs: one character at a time, the reference. */
    private static String withoutMarkupOneAtATime(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != '<') {
                out.append(c);
                i++;
            } else if (line.startsWith("<!--", i)) {
                int close = line.indexOf("-->", i + 4);
                i = close < 0 ? line.length() : close + 3;
            } else {
                int nameStart = i + 1 < line.length() && line.charAt(i + 1) == '/' ? i + 2 : i + 1;
                int end = -1;
                if (nameStart < line.length() && Character.toString(line.charAt(nameStart)).matches("[A-Za-z]")) {
                    java.util.regex.Matcher tag = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9:-]*(?:>|/>|\\s[^<>]*>)")
                            .matcher(line).region(nameStart, line.length());
                    end = tag.lookingAt() ? tag.end() : -1;
                }
                if (end < 0) {
                    out.append(c);
                    i++;
                } else {
                    i = end;
                }
            }
        }
        return out.toString();
    }

    /** Tags and comments are dropped and the text between them kept as the one-character-at-a-time scan did. */
    @org.junit.jupiter.api.Test
    void withoutMarkupKeepsWhatTheCharacterScanKept() {
        String[] pieces = {"<", ">", "/", "<p>", "</p>", "<br/>", "<a href=x>", "<!--", "-->", "<b", " ", "正文", "x", "1", "<-", "< p>", "\t"};
        java.util.Random random = new java.util.Random(41);
        for (int round = 0; round < 50_000; round++) {
            String line = Pieces.text(random, "", pieces, 24);
            assertEquals(withoutMarkupOneAtATime(line), VisibleText.withoutMarkup(line), line);
        }
    }

    /** The emphasis read by hand captures what the pattern it stands for captures, and matches where it does. */
    @org.junit.jupiter.api.Test
    void emphasisIsWhatThePatternCaptures() {
        java.util.regex.Pattern emphasis = java.util.regex.Pattern.compile("^(\\*{1,3}|_{1,3})(.*?)\\1$");
        String[] pieces = {"*", "**", "***", "_", "__", "文", "a", " ", "\n", "\r", "\u2028", "\u0085", "-"};
        String[] leads = {"*", "**", "***", "****", "_", "__", "___", ""};
        java.util.Random random = new java.util.Random(53);
        int matched = 0;
        for (int round = 0; round < 200_000; round++) {
            String text = Pieces.text(random, leads[random.nextInt(leads.length)], pieces, 9);
            java.util.regex.Matcher m = emphasis.matcher(text);
            String expected = m.matches() ? m.group(2) : null;
            assertEquals(expected, VisibleText.emphasized(text), text.replace("\n", "\\n").replace("\r", "\\r"));
            matched += expected != null ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(matched > 10_000, "matched " + matched);
    }

    /** The fold's shortcuts agree with what they stand for, for every character. */
    @org.junit.jupiter.api.Test
    void foldingEveryCharacterIsWidthThenLowerCase() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            String code = "U+" + Integer.toHexString(c);
            if (BodyLines.isCaseless(ch)) {
                assertEquals(ch, Character.toLowerCase(ch), () -> code + " has a lower case");
            }
            char wide = ch >= '\uFF01' && ch <= '\uFF5E' ? (char) (ch - 0xFEE0) : ch;
            String expected = VisibleText.isSpace(wide) || Character.isSurrogate(ch) ? "" : String.valueOf(Character.toLowerCase(wide));
            if (!Character.isSurrogate(ch)) {
                assertEquals(expected, BodyLines.normalize(String.valueOf(ch)), code);
            }
        }
    }
}
