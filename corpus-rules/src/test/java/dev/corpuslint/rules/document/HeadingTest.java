package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which body lines are headings: the forms the line scan must recognise before it reads a line whole. */
class HeadingTest {
    private static List<String> headings(String body) {
        return CorpusDocument.fromText("a.md", "正文开始\n\n" + body + "\n").headings().stream()
                .map(h -> h.level() + ":" + h.text()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "标题\\n===            | 1:标题",
        "标题\\n   ---         | 2:标题",
        "标题\\n    ---        | ''",
        "标题\\n-=-            | ''",
        "## 标题              | 2:标题",
        "'   # 标题'          | 1:标题",
        "'    # 标题'         | ''",
        "<h3>标题</h3>        | 3:标题",
        "'  <h2 id=x>标题</h2>' | 2:标题",
        "x# 标题              | ''",
    })
    void recognises(String body, String expected) {
        List<String> want = expected.isEmpty() ? List.of() : List.of(expected);
        assertEquals(want, headings(body.replace("\\n", "\n")), body);
    }
}
