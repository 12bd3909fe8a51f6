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
}
