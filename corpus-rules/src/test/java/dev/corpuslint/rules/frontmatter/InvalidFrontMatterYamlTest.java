package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidFrontMatterYamlTest {
    private final InvalidFrontMatterYaml rule = new InvalidFrontMatterYaml();

    @Test
    void reportsUnquotedTitleWithColonAtItsRealPosition() {
        String text = "---\ndate: 2024-07-03\ntitle: 论文分享 | StateFuzz: 状态敏感\n---\nbody\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        CorpusDocument doc = CorpusDocument.fromText("t.md", text);
        int offset = found.get(0).range().start();
        assertEquals(2, doc.lines().lineOf(offset), "0-based line of the error");
        assertEquals(23, doc.lines().codePointColumn(offset), "code-point column of the colon in `StateFuzz:`");
        assertTrue(found.get(0).message().startsWith("Front matter is not valid YAML: "), found.get(0).message());
    }

    @Test
    void countsColumnsInCodePointsPastCharactersOutsideTheBmp() {
        String text = "---\ntitle: 𠀀𠀀 a: b\n---\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        CorpusDocument doc = CorpusDocument.fromText("t.md", text);
        assertEquals(11, doc.lines().codePointColumn(found.get(0).range().start()));
    }

    @Test
    void acceptsValidYaml() {
        assertEquals(List.of(), Lint.run(rule, "---\ntitle: '关注 | a: b'\ntags: [a, b]\n---\n"));
    }

    @Test
    void boundsAliasExpansion() {
        StringBuilder bomb = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 0; i < 60; i++) {
            bomb.append("b").append(i).append(": &b").append(i).append(" [*a, *a, *a, *a]\n");
        }
        bomb.append("---\n");
        List<Diagnostic> found = Lint.run(rule, bomb.toString());
        assertEquals(1, found.size(), "too many aliases is reported as invalid front matter");
    }

    @Test
    void ignoresUnclosedFrontMatter() {
        assertEquals(List.of(), Lint.run(rule, "---\ntitle: a: b\n"));
    }
}
