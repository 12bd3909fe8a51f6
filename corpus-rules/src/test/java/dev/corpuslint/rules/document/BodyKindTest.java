package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.corpuslint.rules.model.TextRange;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body's kind is told from its first 4 KB read as a region of the text: the same kind as when the head was
 * copied out and the patterns run on the copy, over random bodies that start anywhere in their text.
 */
class BodyKindTest {
    private static final Pattern HTML_START = Pattern.compile(
            "(?i)^\\s*<(?:!doctype|html|head|body|div|p|section|article|main|table|ul|ol|h[1-6]|span|font|center|figure|blockquote)\\b");
    private static final Pattern MARKDOWN_SIGN = Pattern.compile(
            "(?m)^(?: {0,3}#{1,6} |!\\[|\\[[^\\]]+\\]\\(| {0,3}[*+-] \\S| {0,3}> |```|\\*\\*\\S)");

    /** What detect gave when it ran the patterns on a copy of the head. */
    private static BodyKind fromCopy(String text, TextRange range, String fileName) {
        String head = text.substring(range.start(), Math.min(range.end(), range.start() + 4096));
        if (HTML_START.matcher(head).find()) {
            return BodyKind.HTML;
        }
        if (fileName.endsWith(".md")) {
            return BodyKind.MARKDOWN;
        }
        return MARKDOWN_SIGN.matcher(head).find() ? BodyKind.MARKDOWN : BodyKind.PLAIN;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theKindIsTheSameAsFromACopyOfTheHead(int seed) {
        Random random = new Random(seed);
        String[] pieces = {"<div>", "<p", "<pa", " ", "\n", "\t", "# ", "#", "![", "[a](", "](", "- x", "> ", "```", "**x", "文", "x",
            "<!DOCTYPE html>", "<H2>", "<span", "\r\n"};
        int[] kinds = new int[3];
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextInt(20) == 0) {
                text.append("x".repeat(4090)).append("<div>\n# a");
            }
            String s = text.toString();
            int start = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            int end = start + random.nextInt(s.length() - start + 1);
            TextRange range = new TextRange(start, end);
            String name = random.nextBoolean() ? "a.md" : "a.txt";
            BodyKind kind = Body.detect(s, range, name);
            assertEquals(fromCopy(s, range, name), kind, () -> s + " from " + start + " to " + end);
            kinds[kind.ordinal() % 3]++;
        }
        assertTrue(kinds[0] > 100 && kinds[1] > 100 && kinds[2] > 100, java.util.Arrays.toString(kinds));
    }
}
