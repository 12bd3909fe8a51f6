package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.model.TextRange;
import org.junit.jupiter.api.Test;

class NonProseTest {
    /**
     * `www.` and `WWW.` are searched for separately, each only once passed: every address of a body that
     * mixes both spellings is still covered, and only the addresses.
     */
    @Test
    void coversEveryWwwAddressInEitherCase() {
        String text = "见 WWW.A.CN，又见 www.b.cn。再见 WWW.C.CN 与 www.d.cn 和 www.e.cn，末尾 WWW.F.CN";
        NonProse nonProse = NonProse.scan(text, new TextRange(0, text.length()), BodyKind.PLAIN);
        StringBuilder covered = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            covered.append(nonProse.covers(i) ? text.charAt(i) : '_');
        }
        assertEquals("__WWW.A.CN____www.b.cn____WWW.C.CN___www.d.cn___www.e.cn____WWW.F.CN", covered.toString());
    }

    /** The hand-read link target ends where the pattern it replaces, run with lookingAt from the `]`, ends. */
    @Test
    void linkTargetsEndWhereThePatternEnds() {
        java.util.regex.Pattern target = java.util.regex.Pattern.compile(
                "\\]\\([^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\"[^\"]*\")?\\)");
        String[] pieces = {"]", "(", ")", " ", "\t", "\n", "\f", "\u3000", "\"", "a", "中", "](", "](a", " \"t\")"};
        java.util.Random random = new java.util.Random(3);
        int found = 0;
        for (int round = 0; round < 200_000; round++) {
            String text = Pieces.text(random, "]", pieces, 10);
            java.util.regex.Matcher m = target.matcher(text);
            int expected = m.lookingAt() ? m.end() : -1;
            assertEquals(expected, NonProse.linkTargetEnd(text, 0), text);
            found += expected > 0 ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 1_000, "found " + found);
    }
    /** A cursor answers as {@link NonProse#covers} does, asked in order and (falling back) out of order. */
    @Test
    void aCursorAnswersAsTheSearchDoes() {
        java.util.Random random = new java.util.Random(12);
        String[] pieces = {"中文", "`x`", "<b>", "http://a.cn/p", " ", "\n", "](u)", "<!-- c -->", "a"};
        for (int round = 0; round < 3_000; round++) {
            String text = Pieces.text(random, "", pieces, 40);
            NonProse nonProse = NonProse.scan(text, new TextRange(0, text.length()), BodyKind.MARKDOWN);
            NonProse.Cursor cursor = nonProse.cursor();
            for (int at = 0; at <= text.length(); at += 1 + random.nextInt(3)) {
                assertEquals(nonProse.covers(at), cursor.covers(at), text + " at " + at);
                if (random.nextInt(10) == 0) {
                    int back = random.nextInt(at + 1);
                    assertEquals(nonProse.covers(back), cursor.covers(back), text + " back at " + back);
                }
            }
        }
    }

    /**
     * Skipping the searches for marks a body lacks changes nothing: non-prose, code and invisible ranges are
     * those found with every search made, and URLs found from the survey's list of colons are those a search
     * for `://` finds. The pieces hold each mark in bodies that lack the others (tilde fences without
     * backticks, tags without link targets, …), with and without front matter.
     */
    @Test
    void skippingSearchesForAbsentMarksFindsTheSameRanges() {
        String[][] sets = {
            {"中文", "a", " ", "\n", "\n\n", "~~~\n", "~~~~\n", "    ", "\t", "\r", "\r    x", "\n  "},
            {"中文", "a", "\n", "```\n", "`x`", "``y``", "\n\n    code\n", "~~~\n", "\n\n\tcode", "\r\n"},
            {"中文", "<!--", "-->", "<script>", "</script>", "<b>", "</b>", "<pre>", "\n", "a"},
            {"中文", "![](a.png)", "[t](http://x.cn)", "]", "(", ")", "\n", "www.a.cn", "WWW.B.CN", "w"},
            {"<div>", "中文", "<p>", "</p>", "`", "~~~\n", "]", "(b)", "<!-- c -->", "\n", "\t"},
            {"中文", ":", "://", "//", "http", "HTTPS", "ftp", "x", "a.cn/p?q=1", " ", "\n", "：", "(", ")"},
        };
        java.util.Random random = new java.util.Random(5);
        int skipped = 0;
        for (int round = 0; round < 30_000; round++) {
            String[] pieces = sets[random.nextInt(sets.length)];
            String front = new String[] {"", "---\ntitle: t\n---\n", "---\ntitle: t\n---"}[random.nextInt(3)];
            String name = new String[] {"a.md", "a.txt", "a.html"}[random.nextInt(3)];
            CorpusDocument doc = CorpusDocument.fromText(name, Pieces.text(random, front, pieces, 60));
            Body body = doc.body();
            String text = doc.text();
            NonProse all = NonProse.scan(text, body.range(), body.kind(), CharPresence.ALL);
            NonProse surveyed = body.nonProse();
            for (int at = body.range().start(); at <= text.length(); at++) {
                assertEquals(all.covers(at), surveyed.covers(at), text + " at " + at);
            }
            // A body cut short of the text's end, the survey still listing the marks after it.
            TextRange cut = new TextRange(body.range().start(), body.range().start() + (text.length() - body.range().start()) / 2);
            NonProse cutAll = NonProse.scan(text, cut, body.kind(), CharPresence.ALL);
            NonProse cutSurveyed = NonProse.scan(text, cut, body.kind(), doc.presence());
            for (int at = cut.start(); at <= cut.end(); at++) {
                assertEquals(cutAll.covers(at), cutSurveyed.covers(at), text + " cut at " + at);
            }
            assertEquals(NonProse.codeRanges(text, body.range(), body.kind(), CharPresence.ALL, true), body.codeRanges(), text);
            assertEquals(NonProse.invisible(text, body.range(), CharPresence.ALL), body.invisibleRanges(), text);
            skipped += doc.presence().has('<') && doc.presence().has('`') ? 0 : 1;
        }
        org.junit.jupiter.api.Assertions.assertTrue(skipped > 10_000, "skipped " + skipped);
    }
}
