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

    /** The value tests read by hand answer as the patterns they stand for, on generated values. */
    @org.junit.jupiter.api.Test
    void valueTestsAreWhatThePatternsMatch() {
        java.util.regex.Pattern date = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*|[A-Za-z]{3},.*|\\d{4}年.*");
        java.util.regex.Pattern url = java.util.regex.Pattern.compile("(?i)https?://\\S+");
        String[] pieces = {"2", "0", "9", "-", "+", ".", "e", "E", "年", ",", "Wed", "a", "Z", "中", " ", "\t", "\n", "\r",
            "\u2028", "\u0085", "\u00A0", "\u3000", "http", "HTTPS", "hTtP", "s", "ſ", "\u212A", "://", ":/", "x", "/"};
        String[] leads = {"", "2024-07-03", "2024年", "Wed,", "http://", "HTTPS://", "https:/", "-1", ".5", "1e"};
        java.util.Random random = new java.util.Random(61);
        int[] matched = new int[3];
        for (int round = 0; round < 300_000; round++) {
            String text = dev.corpuslint.rules.document.Pieces.text(random, leads[random.nextInt(leads.length)], pieces, 14);
            String shown = text.replace("\n", "\\n").replace("\r", "\\r");
            boolean number = FrontMatterKeyType.NUMBER.matcher(text).matches();
            boolean isDate = date.matcher(text).matches();
            boolean isUrl = url.matcher(text).matches();
            assertEquals(number, FrontMatterKeyType.isNumber(text), shown);
            assertEquals(isDate, FrontMatterKeyType.isDate(text), shown);
            assertEquals(isUrl, FrontMatterKeyType.isUrl(text), shown);
            matched[0] += number ? 1 : 0;
            matched[1] += isDate ? 1 : 0;
            matched[2] += isUrl ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(matched[0] > 1_000 && matched[1] > 1_000 && matched[2] > 1_000,
                java.util.Arrays.toString(matched));
    }
}
