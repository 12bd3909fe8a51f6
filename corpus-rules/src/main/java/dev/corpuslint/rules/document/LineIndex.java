package dev.corpuslint.rules.document;

import java.util.Arrays;

/**
 * Line starts of a text, treating LF, CRLF and a lone CR each as one line break, so that positions
 * agree with editors on files with mixed endings.
 */
public final class LineIndex {
    /** The text; null in a {@link #withoutText held index}. */
    private final String text;
    /** The text's length, which a held index keeps without the text. */
    private final int length;
    /**
     * Only in a held index: which of the text's characters are whitespace ({@link Character#isWhitespace}), a
     * bit each, for the questions a held result's completion asks. Null otherwise.
     */
    private final long[] whitespace;
    private final int[] starts;
    private final boolean carriageReturns;
    /** False when the text is known to hold no surrogate, and a column in code points is one in UTF-16 units. */
    private final boolean surrogates;

    public LineIndex(String text) {
        this.text = text;
        this.length = text.length();
        this.whitespace = null;
        this.surrogates = true;
        int[] found = new int[Math.max(16, text.length() >>> 5)];
        int count = 0;
        found[count++] = 0;
        this.carriageReturns = text.indexOf('\r') >= 0;
        for (int end = breakEnd(text, 0, carriageReturns); end >= 0; end = breakEnd(text, end, carriageReturns)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = end;
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /**
     * The index of a text without carriage returns whose line starts are already known ({@link
     * WellFormedUtf8} finds them as it decodes): 0, then the offset after each LF. {@code surrogates}: whether
     * the text may hold a surrogate (the decoder knows whether it made any).
     */
    LineIndex(String text, int[] starts, boolean surrogates) {
        this.text = text;
        this.length = text.length();
        this.whitespace = null;
        this.starts = starts;
        this.carriageReturns = false;
        this.surrogates = surrogates;
    }

    private LineIndex(int length, int[] starts, long[] whitespace) {
        this.text = null;
        this.length = length;
        this.whitespace = whitespace;
        this.starts = starts;
        this.carriageReturns = false;
        this.surrogates = false;
    }

    /**
     * This index without its text, for a result held until the corpus is known ({@code chars}: the text's
     * characters): the line starts, the length and a bit per character saying whether it is whitespace, an
     * eighth of a text in UTF-16. On this machine the held texts' memory cost a corpus check about a tenth of
     * its time (the collector copies them, and each new page of the heap is a costly fault), and what completes
     * and reports a held result asks only for positions and blankness.
     *
     * <p>The held index answers line starts and ends, {@link #lineOf}, {@link #contentStart}, {@link
     * #isBlank(int)}, {@link #isBlank(int, int)}, {@link #codePointColumn}, {@link #utf16Column}, {@link
     * #wholeLines} and, for a {@code <} only, {@link #linesContain}; anything else throws {@link
     * IllegalStateException}. So it is made only of a text without carriage returns (a line's end would need
     * the text), surrogates (columns would) or {@code <} (a deletion of tagged lines reads them to keep the
     * tags balanced): for any other text this returns the index itself, text and all.
     */
    public LineIndex withoutText(char[] chars) {
        if (text == null || carriageReturns || surrogates) {
            return this;
        }
        long[] bits = new long[(length + 63) >>> 6];
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c <= ' ') {
                if (c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C') {
                    bits[i >>> 6] |= 1L << i;
                }
            } else if (c == '<') {
                return this;
            } else if (c == '\u3000' || c >= '\u1680' && c <= '\u205F' && Character.isWhitespace(c)) {
                // Only U+1680, U+2000-U+205F and U+3000 are whitespace above the ASCII controls and the space:
                // a Chinese text's ideographs are ruled out without a call.
                bits[i >>> 6] |= 1L << i;
            }
        }
        return new LineIndex(length, starts, bits);
    }

    /** The length of the text, which a held index knows without it. */
    public int textLength() {
        return length;
    }

    /** Whether this is a held index, without its text ({@link #withoutText}). */
    public boolean isWithoutText() {
        return text == null;
    }

    /** The text, for the questions a held index cannot answer. */
    private String text() {
        if (text == null) {
            throw new IllegalStateException("a held line index has no text to answer this from");
        }
        return text;
    }

    /**
     * Whether the character at {@code offset} is whitespace ({@link Character#isWhitespace}), from the text or,
     * in a held index, its bits: the one test of blankness every method here makes.
     */
    private boolean isWhitespaceAt(int offset) {
        return text == null ? (whitespace[offset >>> 6] & 1L << offset) != 0 : Character.isWhitespace(text.charAt(offset));
    }
    /** Whether the text holds a carriage return anywhere, found once here for every rule that asks. */
    public boolean hasCarriageReturn() {
        return carriageReturns;
    }

    /** The offset just after the first line break at or after {@code from}, or -1 when there is none. */
    private static int breakEnd(String text, int from, boolean carriageReturns) {
        if (!carriageReturns) {
            // Most files use LF only, and then one search per line finds the breaks. (Well-formed UTF-8 files do
            // not come here at all: WellFormedUtf8 finds their line starts as it decodes.)
            int lf = text.indexOf('\n', from);
            return lf < 0 ? -1 : lf + 1;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** Number of lines; a text ending in a line break has an empty last line. */
    public int lineCount() {
        return starts.length;
    }

    /** 0-based line containing {@code offset} (an offset equal to the text length is on the last line). */
    public int lineOf(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside text of length " + length);
        }
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    public int lineStart(int line) {
        return starts[line];
    }

    /** Where the line's text starts, after its leading whitespace (the line's end for a blank line). */
    public int contentStart(int line) {
        int offset = starts[line];
        int end = lineEnd(line);
        while (offset < end && isWhitespaceAt(offset)) {
            offset++;
        }
        return offset;
    }

    /** End of the line's content, before its line break. */
    public int lineEnd(int line) {
        if (!carriageReturns) {
            // Every line but the last ends with the LF before the next line's start, and the last with the text:
            // nothing to read from the text. Rules ask for line ends millions of times in a corpus check.
            return line + 1 < starts.length ? starts[line + 1] - 1 : length;
        }
        int next = line + 1 < starts.length ? starts[line + 1] : length;
        int end = next;
        if (end > starts[line] && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > starts[line] && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** End of the line including its line break: the start of the next line, or the text length. */
    public int lineEndWithBreak(int line) {
        return line + 1 < starts.length ? starts[line + 1] : length;
    }

    /**
     * The character a start-anchored pattern {@code ^\\s{0,n}X} would test as {@code X}: the first one after at
     * most {@code spaces} whitespace characters (regex {@code \\s}: space, tab, CR, LF, VT, FF), or -1 at the
     * line's end. Lets line scans rule most lines out without copying them out of the text.
     */
    public int leadChar(int line, int spaces) {
        String text = text();
        int i = lineStart(line);
        int end = lineEnd(line);
        for (int skipped = 0; skipped < spaces && i < end && Scan.isRegexSpace(text.charAt(i)); skipped++) {
            i++;
        }
        return i < end ? text.charAt(i) : -1;
    }

    public String lineText(int line) {
        return text().substring(lineStart(line), lineEnd(line));
    }

    /** {@code lineText(line).isBlank()} without copying the line out: only whitespace, or nothing. */
    public boolean isBlank(int line) {
        return isBlank(lineStart(line), lineEnd(line));
    }

    /**
     * {@code text.substring(from, to).isBlank()} without the copy. No character outside the BMP is whitespace,
     * so testing UTF-16 units is testing code points.
     */
    public boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isWhitespaceAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} occurs in lines {@code first..last}, their line breaks aside. */
    public boolean linesContain(char c, int first, int last) {
        if (text == null && c == '<') {
            return false; // a held index is made only of a text without one
        }
        return text().indexOf(c, lineStart(first), lineEnd(last)) >= 0;
    }

    /** 0-based column of {@code offset} in Unicode code points. */
    public int codePointColumn(int offset) {
        int start = starts[lineOf(offset)];
        // Reports ask this of every finding: without surrogates there is nothing to count.
        return surrogates ? text().codePointCount(start, offset) : offset - start;
    }

    /** 0-based column of {@code offset} in UTF-16 code units. */
    public int utf16Column(int offset) {
        return offset - starts[lineOf(offset)];
    }

    /** 0-based column of {@code offset} in UTF-8 bytes. */
    public int utf8Column(int offset) {
        String text = text();
        int start = starts[lineOf(offset)];
        int bytes = 0;
        for (int i = start; i < offset; ) {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
        }
        return bytes;
    }

    /** Offset of a 0-based line and code-point column, clamped to the line's end. */
    public int offsetOfCodePointColumn(int line, int column) {
        String text = text();
        int start = starts[line];
        int end = lineEnd(line);
        int offset = start;
        for (int i = 0; i < column && offset < end; i++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** Offset of a 0-based line and UTF-16 column, clamped to the line's end. */
    public int offsetOfUtf16Column(int line, int column) {
        return Math.min(starts[line] + Math.max(column, 0), lineEnd(line));
    }

    /** Offset of a 0-based line and UTF-8 byte column, clamped to the line's end. */
    public int offsetOfUtf8Column(int line, int column) {
        String text = text();
        int offset = starts[line];
        int end = lineEnd(line);
        int bytes = 0;
        while (offset < end && bytes < column) {
            int cp = text.codePointAt(offset);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            offset += Character.charCount(cp);
        }
        return offset;
    }

    /**
     * The range that removes lines {@code first..last} entirely. When the last line has no line break (end
     * of a file without a final newline), the preceding line break goes instead, so no empty line is left.
     */
    public dev.corpuslint.rules.model.TextRange wholeLines(int first, int last) {
        int start = starts[first];
        int end = lineEndWithBreak(last);
        if (end == lineEnd(last) && first > 0) {
            start = lineEnd(first - 1);
        }
        return new dev.corpuslint.rules.model.TextRange(start, end);
    }

    /** The line break after {@code line} ("\n", "\r\n", "\r", or "" on the last line). */
    public String lineBreak(int line) {
        return text().substring(lineEnd(line), lineEndWithBreak(line));
    }
}
