package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which body lines are headings: the forms the line scan must recognise before it reads a line whole. */
class HeadingTest {
    private static List<String> headings(String body) {
        return CorpusDocument.fromText("a.md", "正文开始\n\n" + body + "\n").headings().stream()
                .map(h -> h.level() + ":" + h.text()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "标题\\n===            | 1:标题",
        "标题\\n   ---         | 2:标题",
        "标题\\n    ---        | ''",
        "标题\\n-=-            | ''",
        "## 标题              | 2:标题",
        "'   # 标题'          | 1:标题",
        "'    # 标题'         | ''",
        "<h3>标题</h3>        | 3:标题",
        "<H1>标题</H1>        | 1:标题",
        "<h6 class=t>标题</h6> | 6:标题",
        "<h7>标题</h7>        | ''",
        "<hr>                | ''",
        "'  <h2 id=x>标题</h2>' | 2:标题",
        "x# 标题              | ''",
        "'\t<h2>标题</h2>'     | ''",
        "' \t<h2>标题</h2>'    | 2:标题",
        "'\u3000# 标题'        | ''",
        "' \t# 标题'           | ''",
    })
    void recognises(String body, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
        assertEquals(want, headings(body.replace("\\n", "\n").replace("\\t", "\t").replace("\\u3000", "\u3000")), body);
    }

    /** Whitespace is collapsed as the pattern `[\s\u3000]+` replaced by one space, then stripped, always did. */
    @org.junit.jupiter.api.Test
    void normaliseCollapsesWhitespaceAsThePatternDid() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\s\\u3000]+");
        String[] pieces = {" ", "  ", "\t", "\n", "\r", "\f", "\u000B", "\u3000", "\u2003", "\u00A0", "标题", "a"};
        java.util.Random random = new java.util.Random(13);
        for (int round = 0; round < 100_000; round++) {
            String text = Pieces.text(random, "", pieces, 12);
            assertEquals(spaces.matcher(text).replaceAll(" ").strip(), Heading.normalise(text), text);
        }
    }

    /** The hand-written reading of an ATX heading gives what the pattern it stands for gives. */
    @org.junit.jupiter.api.Test
    void atxReadsWhatThePatternMatches() {
        java.util.regex.Pattern atx = java.util.regex.Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
        String[] pieces = {" ", "  ", "\t", "#", "##", "###", "#######", "标题", "a", " #", "\u3000", "\u2028", "\n", "\r"};
        java.util.Random random = new java.util.Random(29);
        int matched = 0;
        for (int round = 0; round < 200_000; round++) {
            String line = Pieces.text(random, new String[] {"", " ", "#", "# ", "## ", "   #"}[random.nextInt(6)], pieces, 14);
            java.util.regex.Matcher m = atx.matcher(line);
            String want = m.matches() ? m.group(1).length() + ":" + m.group(2) : null;
            int[] got = Heading.atx(line);
            assertEquals(want, got == null ? null : got[0] + ":" + line.substring(got[1], got[2]), line);
            matched += want == null ? 0 : 1;
        }
        org.junit.jupiter.api.Assertions.assertTrue(matched > 20_000, "matched " + matched);
    }
}
