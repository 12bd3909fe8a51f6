package dev.corpuslint.rules.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.Lint;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrontMatterKeyTypeTest {
    private final FrontMatterKeyType rule = new FrontMatterKeyType();

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "title: [a, b] => `title` should be a string, not a list",
        "title: 2024 => `title` should be a string, not `2024`",
        "date: {y: 1} => `date` should be a date, not a mapping",
        "url: www.example.com => `url` should be an url, not `www.example.com`",
        "tags: {a: 1} => `tags` should be a list-or-string, not a mapping",
    })
    void reportsWrongTypes(String line, String message) {
        assertEquals(message, Lint.run(rule, "---\n" + line + "\n---\n").get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "title: '2024'", "date: 2024-07-03", "date: Wed, 09 Jun 2021 07:18:08 GMT", "tags: a", "tags: [a]",
        "categories:\n - 金融", "url: https://a.b/c", "other: [1]", "title:",
    })
    void acceptsValuesOfTheRightType(String lines) {
        assertEquals(List.of(), Lint.run(rule, "---\n" + lines + "\n---\n"));
    }
}
