package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterFenceVariantTest {
    private final FrontMatterFenceVariant rule = new FrontMatterFenceVariant();

    @ParameterizedTest
    @ValueSource(strings = {"----", "－－－", "———"})
    void replacesVariantFences(String fence) {
        String text = fence + "\ntitle: 标题\n" + fence + "\n正文\n";
        assertEquals(2, Lint.run(rule, text).size());
        assertEquals("---\ntitle: 标题\n---\n正文\n", Lint.fix(rule, text, false));
    }

    @Test
    void movesTextAfterTheOpeningFenceToItsOwnLine() {
        assertEquals("---\ntitle: 标题\ndate: 2024-07-03\n---\n", Lint.fix(rule, "--- title: 标题\ndate: 2024-07-03\n---\n", false));
    }

    @Test
    void aVariantFenceWithoutClosingIsNotFrontMatter() {
        assertEquals(List.of(), Lint.run(rule, "----\n\n正文\n"));
        assertEquals(false, CorpusDocument.fromText("a.md", "----\n\n正文\n").frontMatter().isPresent());
    }

    @Test
    void acceptsExactFences() {
        assertEquals(List.of(), Lint.run(rule, "---\ntitle: x\n...\n"));
    }
}
