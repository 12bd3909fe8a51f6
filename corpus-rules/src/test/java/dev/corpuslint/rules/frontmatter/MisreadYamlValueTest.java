package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MisreadYamlValueTest {
    private final MisreadYamlValue rule = new MisreadYamlValue();

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "title: 论文分享 | StateFuzz: 状态敏感 => title: '论文分享 | StateFuzz: 状态敏感'",
        "title: [直播预告] “数字卫士“新品发布 => title: '[直播预告] “数字卫士“新品发布'",
        "title: C# 入门 #1 => title: 'C# 入门 #1'",
        "title: It's a trap: yes => title: 'It''s a trap: yes'",
        "title: 2024 => title: '2024'",
        "author: true => author: 'true'",
    })
    void quotesValuesYamlWouldMisread(String line, String expected) {
        assertEquals("---\n" + expected + "\ndate: 2024-07-03\n---\n", Lint.fix(rule, "---\n" + line + "\ndate: 2024-07-03\n---\n", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title: 关注 | 中央网信办召开会议", "author: yes", "title: '已经: 引号'", "title: \"双引号\"", "date: 2024-07-03", "tags: [a, b]",
        "title: >\n  folded text",
    })
    void leavesValuesReadAsWritten(String lines) {
        assertEquals(List.of(), Lint.run(rule, "---\n" + lines + "\n---\n"));
    }
}
