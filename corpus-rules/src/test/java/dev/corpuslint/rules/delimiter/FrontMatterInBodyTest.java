package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterInBodyTest {
    private final FrontMatterInBody rule = new FrontMatterInBody();

    /** The fence test reads the line in place; it must agree with trimming a copy of the line. */
    @Test
    void fenceLinesAreWhatStrippingTheLineGives() {
        String[] pieces = {"-", "---", "--", " ", "\t", "\u3000", "\u00A0", "\r", "x", "\n", "\r\n", "\u2028", "\f"};
        java.util.Random random = new java.util.Random(3);
        int fences = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); text.length() < length; ) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            dev.corpuslint.rules.document.LineIndex lines = dev.corpuslint.rules.document.CorpusDocument
                    .fromText("a.md", text.toString()).lines();
            for (int line = 0; line < lines.lineCount(); line++) {
                boolean expected = lines.lineText(line).stripTrailing().equals("---");
                assertEquals(expected, FrontMatterInBody.isFence(text.toString(), lines, line), text.toString());
                fences += expected ? 1 : 0;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(fences > 1000, "fences among the generated lines: " + fences);
    }

    @Test
    void reportsASecondBlockInTheBody() {
        String text = "---\ntitle: a\n---\n正文结束。\n\n---\ntitle: 另一篇\ndate: 2021-04-22\n---\n下一篇正文\n";
        assertEquals(1, Lint.run(rule, text).size());
        assertEquals(text.indexOf("\n---\ntitle: 另一篇") + 1, Lint.run(rule, text).get(0).range().start());
    }

    @Test
    void thematicBreaksAndSetextHeadingsAreNotFrontMatter() {
        assertEquals(List.of(), Lint.run(rule, "正文\n\n---\n\n更多正文\n"));
        assertEquals(List.of(), Lint.run(rule, "标题\n---\n\n正文: 一\n"));
        assertEquals(List.of(), Lint.run(rule, "正文\n\n---\nnote: one\n---\n"));
        assertEquals(List.of(), Lint.run(rule, "```\n---\na: 1\nb: 2\n---\n```\n"));
    }
}
