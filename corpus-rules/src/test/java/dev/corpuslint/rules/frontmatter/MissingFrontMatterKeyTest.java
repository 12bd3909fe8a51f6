package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.config.FrontMatterSchema;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MissingFrontMatterKeyTest {
    private final MissingFrontMatterKey rule = new MissingFrontMatterKey();

    @Test
    void reportsMissingAndEmptyRequiredKeys() {
        List<Diagnostic> found = Lint.run(rule, "---\ntitle: ''\ncategories: rss\n---\n");
        assertEquals(java.util.Set.of("Required front-matter key `title` is empty", "Required front-matter key `date` is missing"),
                found.stream().map(Diagnostic::message).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void reportsAFileWithoutFrontMatter() {
        assertEquals("File has no front matter (required: title, date)", Lint.run(rule, "正文\n").get(0).message());
    }

    @Test
    void followsTheSchema() {
        FrontMatterSchema none = new FrontMatterSchema(List.of(), List.of(), Map.of(), true, List.of(), Optional.empty());
        assertEquals(List.of(), Lint.run(new MissingFrontMatterKey(none), "正文\n"));
        assertEquals(List.of(), Lint.run(rule, "---\ntitle: t\ndate: 2024-07-03\nfrom: https://a.b/c\n---\n"));
    }
}
