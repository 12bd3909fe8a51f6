package dev.corpuslint.rules.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlEntityInMarkdownTest {
    private final HtmlEntityInMarkdown rule = new HtmlEntityInMarkdown();

    @Test
    void decodesNamedNumericAndDoubleEscapedReferences() {
        String text = "他说&ldquo;好&rdquo;，转载&amp;quot;注明&amp;quot;，符号&#169;与&#x4E2D;和&#123;x&#125;\n";
        assertEquals(8, Lint.run(rule, text).size());
        assertEquals("他说“好”，转载\"注明\"，符号©与中和{x}\n", Lint.fix(rule, text, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "a &lt;b&gt; &amp; c", "`&ldquo;`", "<p>&ldquo;</p>", "&#42;不是强调&#42;", "{&#123;模板&#125;}", "&notanentity;",
        "<!-- &ldquo; -->", "> <title>&#19990;&#30028;</title>", "文字 <span>&ldquo;</span>",
    })
    void leavesMeaningfulOrNonProseReferences(String line) {
        assertEquals(List.of(), Lint.run(rule, line + "\n"));
    }

    @Test
    void ignoresHtmlBodies() {
        assertEquals(List.of(), Lint.run(rule, "a.txt", "<div>\n<p>&ldquo;好&rdquo;</p>\n</div>\n"));
    }

    /** References are found where the pattern, tried at every `&`, finds them: reading back from each `;` only rules out `&` that start none. */
    @org.junit.jupiter.api.Test
    void referencesAreFoundWhereThePatternFindsThem() {
        java.util.regex.Pattern entity = java.util.regex.Pattern.compile(
                "&(?:amp;)?(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
        String[] pieces = {"&", "amp;", "#", "x", "12", "nbsp", "a", "Z9", ";", "=", "?", "文", "abcdefghij", " "};
        java.util.Random random = new java.util.Random(47);
        int found = 0;
        for (int round = 0; round < 100_000; round++) {
            String s = dev.corpuslint.rules.document.Pieces.text(random, "", pieces, 40);
            java.util.regex.Matcher expected = entity.matcher(s);
            java.util.regex.Matcher fromMarks = entity.matcher(s);
            // The survey lists every `;` among the marks; others among them (`?`) must be passed over.
            int[] marks = java.util.stream.IntStream.range(0, s.length()).filter(i -> s.charAt(i) == ';' || s.charAt(i) == '?').toArray();
            int from = 0;
            while (true) {
                boolean e = dev.corpuslint.rules.document.Scan.find(expected, s, '&', from, s.length());
                boolean b = HtmlEntityInMarkdown.findEntity(fromMarks, s, marks, marks.length, from, s.length());
                assertEquals(e, b, s);
                if (!e) {
                    break;
                }
                assertEquals(expected.start(), fromMarks.start(), s);
                assertEquals(expected.end(), fromMarks.end(), s);
                found++;
                from = expected.end();
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 1_000, "found " + found);
    }
}
