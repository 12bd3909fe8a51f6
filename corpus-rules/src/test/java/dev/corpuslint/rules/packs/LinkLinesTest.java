package dev.corpuslint.rules.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkLinesTest {
    /**
     * Ruling out a line whose first character cannot open a link changes no answer: generated lines of links,
     * images, prose and blanks in every order, with and without the image-only condition, against the match
     * made without that test.
     */
    @Test
    void linesNotOpeningWithALinkAreRuledOutAsTheMatchWouldRuleThemOut() {
        String[] pieces = {"[![](https://m/1.png)](http://mp.weixin.qq.com/s?a=1)", "[上一篇](http://mp.weixin.qq.com/s?b=2)",
            "[x](https://example.com/)", "<a href=\"http://mp.weixin.qq.com/s\"><img src=\"a.png\"></a>", "<a href='https://e.com'>文</a>",
            " ", "\t", "\u3000", "正文", "据", "（", "[", "](", "href", "<", "!", "\u00A0"};
        List<com.google.re2j.Pattern> urls = List.of(com.google.re2j.Pattern.compile("^https?://mp\\.weixin\\.qq\\.com/s"));
        Random random = new Random(14);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            CorpusDocument document = CorpusDocument.fromText("a.md", "正文。\n\n" + line + "\n");
            BodyLines body = document.bodyLines();
            for (boolean imageOnly : new boolean[] {false, true}) {
                LinkLines rule = new LinkLines(urls, imageOnly, 2000);
                String expected = rule.links(body.raw(2).strip(), body, 2);
                assertEquals(expected, rule.match(document, body, 2), line.toString());
                matched += expected != null ? 1 : 0;
            }
        }
        assertTrue(matched > 1_000, "matched " + matched);
    }

    /**
     * Trying the link pattern only where the next link must start answers as searching the rest of the line
     * for it did: generated lines of links, images, prose and blanks, with and without the image-only
     * condition, against the search (the reading the rule had before).
     */
    @Test
    void linksTriedWhereTheyMustStartAreWhatASearchFinds() {
        String[] pieces = {"[![](https://m/1.png)](http://mp.weixin.qq.com/s?a=1)", "[上一篇](http://mp.weixin.qq.com/s?b=2)",
            "[x](https://example.com/)", "<a href=\"http://mp.weixin.qq.com/s\"><img src=\"a.png\"></a>", "<a href='https://e.com'>文</a>",
            "<A HREF=\"http://mp.weixin.qq.com/s\">文</a>", " ", "\t", "\u3000", "正文", "[", "](", "href", "<", ">", "!", "\u00A0", ")"};
        List<com.google.re2j.Pattern> urls = List.of(com.google.re2j.Pattern.compile("^https?://mp\\.weixin\\.qq\\.com/s"));
        Random random = new Random(15);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            // Most lines open with a link; some with a bare bracket, which opens none.
            StringBuilder line = new StringBuilder(round % 8 == 0 ? "[" : round % 8 == 1 ? "<" : "");
            for (int k = 1 + random.nextInt(5); k > 0; k--) {
                line.append(pieces[random.nextInt(pieces.length)]);
            }
            CorpusDocument document = CorpusDocument.fromText("a.md", "正文。\n\n" + line + "\n");
            BodyLines body = document.bodyLines();
            String raw = body.raw(2).strip();
            for (boolean imageOnly : new boolean[] {false, true}) {
                LinkLines rule = new LinkLines(urls, imageOnly, 2000);
                String expected = searched(raw, urls, imageOnly) ? body.visible(2) : null;
                assertEquals(expected, rule.links(raw, body, 2), line.toString());
                matched += expected != null ? 1 : 0;
            }
        }
        assertTrue(matched > 500, "matched " + matched);
    }

    /** Whether {@code raw} is links alone, found by searching the line for one after another. */
    private static boolean searched(String raw, List<com.google.re2j.Pattern> urls, boolean imageOnly) {
        if (raw.indexOf("](") < 0 && raw.indexOf("href") < 0) {
            return false;
        }
        boolean html = raw.startsWith("<");
        java.util.regex.Matcher m = (html ? LinkLines.HTML_LINK : LinkLines.MD_LINK).matcher(raw);
        int at = 0;
        int links = 0;
        while (m.find()) {
            if (!raw.substring(at, m.start()).isBlank()) {
                return false;
            }
            String text = html ? m.group(2) : m.group(1);
            String url = html ? m.group(1) : m.group(2);
            boolean image = html ? LinkLines.HTML_IMAGE_ONLY.matcher(text).matches() : text.startsWith("![");
            if (imageOnly && !image || urls.stream().noneMatch(p -> p.matcher(url).find())) {
                return false;
            }
            links++;
            at = m.end();
        }
        return links > 0 && raw.substring(at).isBlank();
    }
}
