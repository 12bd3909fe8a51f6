package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import dev.corpuslint.rules.config.FrontMatterSchema;
import dev.corpuslint.rules.model.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnknownFrontMatterKeyTest {
    @Test
    void offByDefault() {
        assertEquals(List.of(), Lint.run(new UnknownFrontMatterKey(), "---\ntittle: x\n---\n"));
    }

    @Test
    void reportsKeysTheSchemaDoesNotKnow() {
        FrontMatterSchema strict = new FrontMatterSchema(List.of("title"), List.of("url|source"), Map.of("date", "date"),
                false, List.of("layout"), Optional.empty());
        List<Diagnostic> found = Lint.run(new UnknownFrontMatterKey(strict),
                "---\ntitle: t\ndate: 2024-07-03\nsource: s\nlayout: post\ntittle: x\n---\n");
        assertEquals(List.of("Unknown front-matter key `tittle`"), found.stream().map(Diagnostic::message).toList());
    }
}
