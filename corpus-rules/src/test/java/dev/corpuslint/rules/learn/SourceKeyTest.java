package dev.corpuslint.rules.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.document.CorpusDocument;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourceKeyTest {
    @Test
    void frontMatterNamesTheSourceElseTheDirectory() {
        Path root = Path.of("corpus").toAbsolutePath();
        assertEquals("source:甲", SourceKey.of(CorpusDocument.fromText("corpus/a.md", "---\nsource: 甲\nauthor: 乙\n---\n"), root));
        assertEquals("author:乙", SourceKey.of(CorpusDocument.fromText("corpus/a.md", "---\nauthor: 乙\n---\n"), root));
        assertEquals("categories:丙", SourceKey.of(CorpusDocument.fromText("corpus/a.md", "---\ncategories: [丙, 丁]\n---\n"), root));
        assertEquals("dir:news/2021", SourceKey.of(CorpusDocument.fromText("corpus/news/2021/a.md", "正文\n"), root));
        assertEquals("dir:.", SourceKey.of(CorpusDocument.fromText("corpus/a.md", "---\nsource: ''\n---\n"), root));
    }
}
