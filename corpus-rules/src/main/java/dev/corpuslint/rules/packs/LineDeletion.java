package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How boilerplate deletions stay harmless to the text around them. */
public final class LineDeletion {
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^<>]*?(/?)>");
    private static final Set<String> VOID = Set.of("br", "img", "hr", "meta", "link", "input", "wbr", "source");

    private LineDeletion() {}

    /** The whole line, or null when its tags open or close elements elsewhere (deleting it would break the HTML). */
    public static TextRange ofLine(LineIndex lines, int line) {
        return tagsBalanced(lines.lineText(line)) ? withBlankAfter(lines, line, line) : null;
    }

    /** Lines {@code first..last} whole, or null when their tags together are not balanced. */
    public static TextRange ofLines(LineIndex lines, int first, int last) {
        if (!lines.linesContain('<', first, last)) {
            return withBlankAfter(lines, first, last); // no tag to balance: the lines are not copied out to learn that
        }
        StringBuilder text = new StringBuilder();
        for (int line = first; line <= last; line++) {
            text.append(lines.lineText(line)).append('\n');
        }
        return tagsBalanced(text.toString()) ? withBlankAfter(lines, first, last) : null;
    }

    /**
     * Lines {@code first..last} whole, and the blank lines after them when a blank line (or the start of the
     * file) comes before: deleting a paragraph between blank lines then leaves one blank line, not two.
     */
    static TextRange withBlankAfter(LineIndex lines, int first, int last) {
        int end = last;
        while (end + 1 < lines.lineCount() && lines.isBlank(end + 1)) {
            end++;
        }
        if (end == lines.lineCount() - 1) {
            // Nothing but blank lines follows: the blank lines before go too, so the file ends at its last text.
            int start = first;
            while (start > 0 && lines.isBlank(start - 1)) {
                start--;
            }
            return start == 0 ? lines.wholeLines(0, end) : new TextRange(lines.lineEndWithBreak(start - 1), lines.lineEnd(end));
        }
        // A blank line before separates what came before from what follows, so the blank lines after can go.
        boolean blankBefore = first == 0 || lines.isBlank(first - 1);
        return new TextRange(lines.lineStart(first), lines.lineEndWithBreak(blankBefore ? end : last));
    }

    /**
     * A span widened to whole lines when nothing but whitespace shares its first and last lines, so deleting
     * an element or comment that stands alone leaves no blank line behind.
     */
    public static TextRange widenToLines(String text, LineIndex lines, TextRange span) {
        int first = lines.lineOf(span.start());
        int last = lines.lineOf(Math.max(span.start(), span.end() - 1));
        boolean aloneBefore = text.substring(lines.lineStart(first), span.start()).isBlank();
        boolean aloneAfter = span.end() >= lines.lineEnd(last) || text.substring(span.end(), lines.lineEnd(last)).isBlank();
        return aloneBefore && aloneAfter ? withBlankAfter(lines, first, last) : span;
    }

    static boolean tagsBalanced(String line) {
        if (line.indexOf('<') < 0) {
            return true; // no tag at all: find() would try every position of the line to learn that
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(line);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty() || !open.pop().equals(name)) {
                return false;
            }
        }
        return open.isEmpty();
    }
}
