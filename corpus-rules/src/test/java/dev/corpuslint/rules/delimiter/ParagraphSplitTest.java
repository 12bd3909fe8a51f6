package dev.corpuslint.rules.delimiter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scan that splits paragraphs finds exactly the breaks that `find` over the whole body finds. */
class ParagraphSplitTest {
    private static final String[] PIECES = {"\n", "\r\n", "\r", "\n\n", "\n \u3000\t\n", "\r\n\r\n", "\r\n \r\n", "<p>", "</P>",
        "<div class=\"x\">", "<br/>", "<br>", "<bra>", "<h2>", "<h7>", "<table>", "</td >", "<", ">", "<p", "文字", "“", "”", "abc", " "};

    private static List<TextRange> byFind(String text, TextRange body) {
        Matcher m = UnbalancedCjkPunctuation.PARAGRAPH_BREAK.matcher(text).region(body.start(), body.end());
        List<TextRange> out = new ArrayList<>();
        int start = body.start();
        while (m.find()) {
            out.add(new TextRange(start, m.start()));
            start = m.end();
        }
        out.add(new TextRange(start, body.end()));
        return out;
    }

    /** Without `<` and `\r`, where the breaks are found by searching for `\n`s. */
    private static final String[] LINE_FEED_PIECES = {"\n", "\n\n", "\n \u3000\t\n", "\n\t\n", "\n \n\n", "文字", "“", "”", "abc", " ", "\t", "\u3000"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sameBreaksAsFind(long seed) {
        sameBreaksAsFind(seed, PIECES);
        sameBreaksAsFind(seed, LINE_FEED_PIECES);
    }

    private static void sameBreaksAsFind(long seed, String[] pieceSet) {
        Random random = new Random(seed);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                text.append(pieceSet[random.nextInt(pieceSet.length)]);
            }
            String s = text.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length() / 3 + 1);
            int to = s.length() - (s.isEmpty() ? 0 : random.nextInt(s.length() / 3 + 1));
            TextRange body = new TextRange(from, Math.max(from, to));
            assertEquals(byFind(s, body), UnbalancedCjkPunctuation.paragraphs(s, s.toCharArray(), body), s);
        }
    }
}
