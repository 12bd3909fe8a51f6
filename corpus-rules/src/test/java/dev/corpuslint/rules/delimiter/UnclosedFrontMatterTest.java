package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnclosedFrontMatterTest {
    private final UnclosedFrontMatter rule = new UnclosedFrontMatter();

    @Test
    void reportsFrontMatterWithoutClosingDelimiter() {
        String text = "---\ntitle: 标题\ndate: 2024-07-03\n\n正文第一段。\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        assertEquals("---", Lint.at(text, found.get(0)));
        assertEquals(Applicability.UNSAFE, found.get(0).fix().applicability());
    }

    @Test
    void unsafeFixClosesAfterTheKeyValueLines() {
        String text = "---\ntitle: 标题\ntags:\n  - a\n\n正文第一段。\n";
        assertEquals("---\ntitle: 标题\ntags:\n  - a\n---\n\n正文第一段。\n", Lint.fix(rule, text, true));
        assertEquals(text, Lint.fix(rule, text, false));
    }

    @Test
    void offersNoFixWhenNothingLooksLikeYaml() {
        List<Diagnostic> found = Lint.run(rule, "---\n正文。\n");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
    }

    @Test
    void acceptsDotsAsClosingFence() {
        assertEquals(List.of(), Lint.run(rule, "---\ntitle: x\n...\nbody\n"));
    }
}
