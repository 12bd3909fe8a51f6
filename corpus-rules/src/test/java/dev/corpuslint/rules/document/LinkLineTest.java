package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read line forms give what the regular expressions they replace give, with matches(). */
class LinkLineTest {
    private static final Pattern IMAGE = Pattern.compile("^\\[?!\\[[^\\]]*\\]\\(([^)]*)\\)(?:\\]\\([^)]*\\))?$");
    private static final Pattern IMAGE_OR_LINK = Pattern.compile("^\\[?!?\\[[^\\]]*\\]\\([^)]*\\)(?:\\]\\([^)]*\\))?$");

    private static void assertAgrees(String line) {
        Matcher image = IMAGE.matcher(line);
        assertEquals(image.matches() ? image.group(1) : null, LinkLine.imageAddress(line), line);
        assertEquals(IMAGE_OR_LINK.matcher(line).matches(), LinkLine.isImageOrLink(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![](https://mmbiz.qpic.cn/a.png)", "![封面](a.jpg)", "[![logo](a.png)](https://example.com)", "[链接](b)",
        "[[嵌套](x)", "[!x](y)", "[![a](b)](c) 正文", "![a](b) ", "![a](b)(c)", "![a](b)](c)", "![a](b)](c)d)", "![a]](b)",
        "!![a](b)", "[![a](b)]", "", "[", "![", "![]", "![](", "![]()", "[]()", "[!]()", "[[!]()",
    })
    void agreesOnKnownForms(String line) {
        assertAgrees(line);
    }

    @Test
    void agreesOnGeneratedLines() {
        // Characters and the pieces the forms are made of, so that many generated lines come close to one.
        String[] pieces = {"[", "]", "(", ")", "!", "a", " ", "![", "](", "[![", ")]("};
        Random random = new Random(5);
        int images = 0;
        int links = 0;
        for (int round = 0; round < 200_000; round++) {
            String text = Pieces.text(random, "", pieces, 12);
            assertAgrees(text);
            images += LinkLine.imageAddress(text) != null ? 1 : 0;
            links += LinkLine.isImageOrLink(text) ? 1 : 0;
        }
        assertTrue(images > 100 && links > images, images + " images, " + links + " images or links");
    }
}
