package dev.corpuslint.rules.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineIndexTest {
    @Test
    void treatsLfCrlfAndLoneCrAsOneBreakEach() {
        LineIndex lines = new LineIndex("a\nb\r\nc\rd");
        assertEquals(4, lines.lineCount());
        assertEquals("c", lines.lineText(2));
        assertEquals(5, lines.lineStart(2));
        assertEquals("\r\n", lines.lineBreak(1));
    }

    /**
     * Texts with LF only take a faster scan than texts with any CR, and their line ends are read from the next
     * line's start; both must give the line starts and ends that splitting at each LF, CRLF or lone CR gives,
     * including texts long enough to grow the start table.
     */
    @Test
    void lineStartsAgreeWithSplittingAtEveryBreakWithAndWithoutCarriageReturns() {
        java.util.Random random = new java.util.Random(8);
        String[] pieces = {"a", "中", "\n", "\n", "\r\n", "\r", "  "};
        for (int round = 0; round < 2000; round++) {
            boolean lfOnly = round % 2 == 0;
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 100 == 0 ? 5000 : 60);
            for (int i = 0; i < length; i++) {
                String piece = pieces[random.nextInt(lfOnly ? 4 : pieces.length)];
                text.append(piece);
            }
            java.util.List<Integer> expected = new java.util.ArrayList<>(java.util.List.of(0));
            var breaks = java.util.regex.Pattern.compile("\r\n|\r|\n").matcher(text);
            while (breaks.find()) {
                expected.add(breaks.end());
            }
            LineIndex lines = new LineIndex(text.toString());
            assertEquals(expected.size(), lines.lineCount(), text.toString());
            for (int line = 0; line < expected.size(); line++) {
                assertEquals(expected.get(line), lines.lineStart(line));
                int next = line + 1 < expected.size() ? expected.get(line + 1) : text.length();
                String content = text.substring(expected.get(line), next).replaceAll("[\r\n]+$", "");
                assertEquals(expected.get(line) + content.length(), lines.lineEnd(line), () -> text.toString());
            }
            // The decoder's index of the same text (LF only), from the starts it finds as it decodes.
            if (lfOnly) {
                LineIndex decoded = new LineIndex(text.toString(), expected.stream().mapToInt(Integer::intValue).toArray(), false);
                for (int line = 0; line < expected.size(); line++) {
                    assertEquals(lines.lineEnd(line), decoded.lineEnd(line), () -> text.toString());
                }
            }
        }
    }

    /** leadChar agrees with what `^\\s{0,3}X` tests as X, over every line shape that matters. */
    @Test
    void leadCharIsWhatAStartAnchoredPatternTests() {
        String[] texts = {"# a", "   # a", "    # a", "\t\t\t#", "\t\t\t\t#", "", "   ", "\u000B\f #", "\u3000#", "a", "\r\n# b"};
        java.util.regex.Pattern lead = java.util.regex.Pattern.compile("^\\s{0,3}([^\\s])");
        for (String text : texts) {
            LineIndex lines = new LineIndex(text + "\nnext");
            for (int line = 0; line < lines.lineCount(); line++) {
                String content = lines.lineText(line);
                var m = lead.matcher(content);
                int leadChar = lines.leadChar(line, 3);
                if (m.lookingAt()) {
                    assertEquals(m.group(1).charAt(0), leadChar, "[" + content + "]");
                } else {
                    assertEquals(true, leadChar < 0 || Character.isWhitespace(leadChar), "[" + content + "]: " + leadChar);
                }
            }
        }
    }

    @Test
    void countsColumnsInCodePointsUtf16AndUtf8() {
        String text = "x\n𠀀新a";
        LineIndex lines = new LineIndex(text);
        int a = text.indexOf('a');
        assertEquals(1, lines.lineOf(a));
        assertEquals(2, lines.codePointColumn(a));
        assertEquals(3, lines.utf16Column(a));
        assertEquals(7, lines.utf8Column(a));
        assertEquals(a, lines.offsetOfCodePointColumn(1, 2));
        assertEquals(a, lines.offsetOfUtf8Column(1, 7));
        assertEquals(a, lines.offsetOfUtf16Column(1, 3));
    }

    @Test
    void wholeLinesTakesThePrecedingBreakAtTheEndOfFile() {
        String text = "a\nb\nc";
        LineIndex lines = new LineIndex(text);
        assertEquals("\nc", text.substring(lines.wholeLines(2, 2).start(), lines.wholeLines(2, 2).end()));
        assertEquals("b\n", text.substring(lines.wholeLines(1, 1).start(), lines.wholeLines(1, 1).end()));
    }
    /** A line's blankness and the characters lines hold are read in place as the copied lines would tell them. */
    @Test
    void blankLinesAndCharactersInLinesAreThoseOfTheLinesText() {
        java.util.Random random = new java.util.Random(9);
        String[] pieces = {" ", "\t", "\u3000", "\u00A0", "\u2028", "\u000B", "\u001C", "a", "中", "<", "\n", "\n", "\r\n", "\r", "\uD83D\uDE00"};
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random, pieces, 30);
            LineIndex lines = new LineIndex(text);
            for (int line = 0; line < lines.lineCount(); line++) {
                assertEquals(lines.lineText(line).isBlank(), lines.isBlank(line), text + " line " + line);
                for (int last = line; last < lines.lineCount(); last++) {
                    StringBuilder joined = new StringBuilder();
                    for (int k = line; k <= last; k++) {
                        joined.append(lines.lineText(k));
                    }
                    assertEquals(joined.indexOf("<") >= 0, lines.linesContain('<', line, last), text + " lines " + line + "-" + last);
                }
            }
        }
    }

    /** Up to {@code most} of {@code pieces}, drawn at random. */
    private static String randomText(java.util.Random random, String[] pieces, int most) {
        StringBuilder text = new StringBuilder();
        for (int k = random.nextInt(most); k > 0; k--) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    /** The decoder's index of {@code text} (LF only, no surrogates), as a well-formed UTF-8 file gets it. */
    private static LineIndex decoded(String text) {
        java.util.List<Integer> starts = new java.util.ArrayList<>(java.util.List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return new LineIndex(text, starts.stream().mapToInt(Integer::intValue).toArray(), false);
    }

    /**
     * A held index, without its text, answers every question it takes as the index with the text does, over
     * generated texts of every kind of whitespace, ideographs and blank lines, short and long (its bits span
     * several words); what it cannot answer throws rather than guess.
     */
    @Test
    void aHeldIndexAnswersAsTheIndexWithItsText() {
        java.util.Random random = new java.util.Random(10);
        String[] pieces = {" ", "\t", "\u3000", "\u00A0", "\u2028", "\u2007", "\u000B", "\u001C", "\u0085", "a", "中", "。", "\n", "\n", "\n\n"};
        for (int round = 0; round < 1500; round++) {
            String text = randomText(random, pieces, round % 50 == 0 ? 400 : 40);
            LineIndex full = decoded(text);
            LineIndex held = full.withoutText(text.toCharArray());
            assertTrue(held.isWithoutText(), text);
            assertEquals(full.lineCount(), held.lineCount());
            assertEquals(text.length(), held.textLength());
            for (int line = 0; line < full.lineCount(); line++) {
                String at = text + " line " + line;
                assertEquals(full.lineStart(line), held.lineStart(line), at);
                assertEquals(full.lineEnd(line), held.lineEnd(line), at);
                assertEquals(full.lineEndWithBreak(line), held.lineEndWithBreak(line), at);
                assertEquals(full.contentStart(line), held.contentStart(line), at);
                assertEquals(full.isBlank(line), held.isBlank(line), at);
                assertEquals(full.wholeLines(line, full.lineCount() - 1), held.wholeLines(line, held.lineCount() - 1), at);
                assertEquals(false, held.linesContain('<', line, full.lineCount() - 1), at);
            }
            for (int from = 0; from <= text.length(); from++) {
                assertEquals(full.lineOf(from), held.lineOf(from));
                assertEquals(full.codePointColumn(from), held.codePointColumn(from));
                assertEquals(full.utf16Column(from), held.utf16Column(from));
                for (int to = from; to <= Math.min(text.length(), from + 12); to++) {
                    assertEquals(text.substring(from, to).isBlank(), held.isBlank(from, to), text + " " + from + ".." + to);
                    assertEquals(text.substring(from, to).isBlank(), full.isBlank(from, to), text + " " + from + ".." + to);
                }
            }
            assertThrows(IllegalStateException.class, () -> held.lineText(0));
            assertThrows(IllegalStateException.class, () -> held.leadChar(0, 3));
            assertThrows(IllegalStateException.class, () -> held.lineBreak(0));
            assertThrows(IllegalStateException.class, () -> held.utf8Column(0));
            assertThrows(IllegalStateException.class, () -> held.linesContain('a', 0, 0));
        }
    }

    /** Every UTF-16 unit is whitespace in a held index exactly when {@link Character#isWhitespace} says so. */
    @Test
    void aHeldIndexKnowsWhitespaceAsTheJdkDoes() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (c == '\r' || c == '<' || Character.isSurrogate((char) c)) {
                continue; // such texts keep their text (below)
            }
            String text = "a" + (char) c + "b";
            LineIndex held = decoded(text).withoutText(text.toCharArray());
            assertTrue(held.isWithoutText());
            assertEquals(Character.isWhitespace(c), held.isBlank(1, 2), Integer.toHexString(c));
        }
    }

    /**
     * A text with a carriage return (line ends would need it), a surrogate (columns would) or a `<` (a deletion of
     * tagged lines reads them) keeps its text: the index itself comes back.
     */
    @Test
    void textsAHeldIndexCannotDoWithoutKeepTheirIndex() {
        for (String text : new String[] {"a\r\nb", "a\rb", "a<b>", "\uD83D\uDE00 a"}) {
            LineIndex full = text.indexOf('\r') >= 0 || text.indexOf('\uD83D') >= 0 ? new LineIndex(text) : decoded(text);
            assertSame(full, full.withoutText(text.toCharArray()), text);
        }
        // An index that may hold surrogates (one made from text alone) is not held without it either.
        LineIndex fromText = new LineIndex("plain text");
        assertSame(fromText, fromText.withoutText("plain text".toCharArray()));
    }
}
