package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.config.FrontMatterSchema;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissingRecommendedKeyTest {
    private final MissingRecommendedKey rule = new MissingRecommendedKey();

    @Test
    void reportsAMissingSourceAsInformation() {
        List<Diagnostic> found = Lint.run(rule, "---\ntitle: t\n---\n");
        assertEquals("Recommended front-matter key `url` is missing (or source, from, link)", found.get(0).message());
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    void anyAlternativeWillDo() {
        assertEquals(List.of(), Lint.run(rule, "---\nfrom: https://a.b/c\n---\n"));
        FrontMatterSchema author = new FrontMatterSchema(List.of(), List.of("author"), Map.of(), true, List.of(), Optional.empty());
        assertEquals(1, Lint.run(new MissingRecommendedKey(author), "---\nfrom: x\n---\n").size());
    }

    @Test
    void saysNothingWithoutFrontMatter() {
        assertEquals(List.of(), Lint.run(rule, "正文\n"));
    }
}
