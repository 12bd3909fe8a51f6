package dev.corpuslint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.corpuslint.rules.model.TextRange;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fix-all sends one edit covering only what changed, never splitting a surrogate pair or a CRLF. */
class ChangedSpanTest {
    private static final String[] PIECES = {"a", "中", "，", ",", "\r\n", "\n", "\r", "\uD83D\uDE00", "\uD83D\uDE01", " ", "x"};

    @Test
    void coversOnlyTheChange() {
        assertEquals(new TextRange(9, 10), Translate.changedSpan("---\nt\n\n中文,中文\n", "---\nt\n\n中文，中文\n"));
        assertEquals(new TextRange(1, 3), Translate.changedSpan("a\uD83D\uDE00b", "a\uD83D\uDE01b"));
        assertEquals(new TextRange(1, 3), Translate.changedSpan("a\r\nb", "a\nb"));
    }

    @Test
    void applyingTheSpanGivesTheNewTextAndSplitsNothing() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            String before = random(random);
            String after = random.nextInt(4) == 0 ? random(random) : mutate(before, random);
            TextRange span = Translate.changedSpan(before, after);
            String replacement = after.substring(span.start(), after.length() - (before.length() - span.end()));
            assertEquals(after, before.substring(0, span.start()) + replacement + before.substring(span.end()), before + " -> " + after);
            for (int edge : new int[] {span.start(), span.end()}) {
                if (edge > 0 && edge < before.length()) {
                    assertFalse(Character.isHighSurrogate(before.charAt(edge - 1)) && Character.isLowSurrogate(before.charAt(edge)), "splits a pair");
                    assertFalse(before.charAt(edge - 1) == '\r' && before.charAt(edge) == '\n', "splits a CRLF");
                }
            }
        }
    }

    private static String random(Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> out.insert(at, PIECES[random.nextInt(PIECES.length)]);
            case 1 -> out.delete(at, Math.min(text.length(), at + 1 + random.nextInt(3)));
            default -> out.replace(at, Math.min(text.length(), at + 1), PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }
}
