package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateFrontMatterKeyTest {
    private final DuplicateFrontMatterKey rule = new DuplicateFrontMatterKey();

    @Test
    void reportsSecondOccurrenceWithFirstAsRelated() {
        String text = "---\ndate: 2024-07-03\ntitle: t\ndate: 2024-07-04\n---\n";
        List<Diagnostic> found = Lint.run(rule, text);
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals(text.lastIndexOf("date"), d.range().start());
        assertEquals(text.indexOf("date"), d.related().range().start());
        assertEquals(Applicability.UNSAFE, d.fix().applicability());
    }

    @Test
    void removingAnIdenticalDuplicateIsSafe() {
        String text = "---\ntitle: t\ntags:\n  - a\ntitle: t\n---\nbody\n";
        assertEquals(Applicability.SAFE, Lint.run(rule, text).get(0).fix().applicability());
        assertEquals("---\ntitle: t\ntags:\n  - a\n---\nbody\n", Lint.fix(rule, text, false));
    }

    @Test
    void removesAMultiLineDuplicateEntryWhole() {
        String text = "---\ntags:\n  - a\ntags:\n  - b\n  - c\ntitle: t\n---\n";
        assertEquals("---\ntags:\n  - a\ntitle: t\n---\n", Lint.fix(rule, text, true));
    }

    @Test
    void findsDuplicatesInNestedMappings() {
        assertEquals(1, Lint.run(rule, "---\nmeta:\n  a: 1\n  a: 2\n---\n").size());
    }

    @Test
    void offersNoFixInFlowStyle() {
        List<Diagnostic> found = Lint.run(rule, "---\nmeta: {a: 1, a: 2}\n---\n");
        assertEquals(1, found.size());
        assertNull(found.get(0).fix());
    }

    @Test
    void acceptsDistinctKeys() {
        assertEquals(List.of(), Lint.run(rule, "---\na: 1\nb: 1\n---\n"));
    }
}
