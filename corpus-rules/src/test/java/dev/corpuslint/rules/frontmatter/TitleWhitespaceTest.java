package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleWhitespaceTest {
    private final TitleWhitespace rule = new TitleWhitespace();

    @Test
    void trimsInsideTheQuotes() {
        assertEquals("---\ntitle: \"武汉籍青年\"\n---\n", Lint.fix(rule, "---\ntitle: \"   武汉籍青年   \"\n---\n", false));
        assertEquals("---\ntitle: '标题'\n---\n", Lint.fix(rule, "---\ntitle: '\u3000标题 '\n---\n", false));
    }

    @Test
    void acceptsTrimmedTitles() {
        assertEquals(List.of(), Lint.run(rule, "---\ntitle: \"标题\"\nauthor: ' x '\n---\n"));
    }
}
