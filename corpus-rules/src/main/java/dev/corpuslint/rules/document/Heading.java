package dev.corpuslint.rules.document;

import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A heading of the body: an ATX Markdown heading ({@code # 标题}) or a one-line HTML heading
 * ({@code <h1>标题</h1>}), with its plain text and the line it occupies.
 */
public record Heading(int level, String text, int line, TextRange range) {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern HTML = Pattern.compile("^\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAGS = Pattern.compile("<[^>]+>");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern EMPHASIS_MARKS = Pattern.compile("[*_`]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    /** Headings outside code, in order. */
    static List<Heading> find(String text, LineIndex lines, Body body) {
        List<Heading> found = new ArrayList<>();
        for (int line = lines.lineOf(body.range().start()); line < lines.lineCount(); line++) {
            if (body.kind() != BodyKind.HTML && isSetextHeading(text, lines, line)) {
                String content = lines.lineText(line);
                // `标题` over `===` or `---`: the heading is this line; the underline is skipped next.
                int level = lines.lineText(line + 1).strip().startsWith("=") ? 1 : 2;
                TextRange range = new TextRange(lines.lineStart(line), lines.lineEnd(line + 1));
                if (!body.nonProse().covers(range.start()) || content.startsWith("[")) {
                    found.add(new Heading(level, normalise(content), line, range));
                }
                line++;
                continue;
            }
            // Only lines starting with `#` or `<`, or with a space and then `#` or `<` after whitespace (ATX allows
            // spaces before the `#`, HTML any \s before the `<`), can be headings; the rest, indented paragraphs
            // included, are skipped unread.
            int lead = lines.lineStart(line);
            int end = lines.lineEnd(line);
            if (lead < end && text.charAt(lead) == ' ') {
                while (lead < end && Scan.isRegexSpace(text.charAt(lead))) {
                    lead++;
                }
            }
            if (lead >= end || text.charAt(lead) != '#' && text.charAt(lead) != '<') {
                continue;
            }
            String content = lines.lineText(line);
            // ATX needs a `#` first and HTML `<h` and a level: each pattern is tried only on a line that starts so
            // (every line of an HTML body starts with `<`, mostly `<p`).
            int[] atx = body.kind() == BodyKind.HTML || text.charAt(lead) != '#' ? null : atx(content);
            Matcher h = null;
            int level;
            String raw;
            if (atx != null) {
                level = atx[0];
                raw = content.substring(atx[1], atx[2]);
            } else if (mayOpenHtmlHeading(text, lead, end) && (h = HTML.matcher(content)).matches()) {
                level = Integer.parseInt(h.group(1));
                raw = TAGS.matcher(h.group(2)).replaceAll("");
            } else {
                continue;
            }
            TextRange range = new TextRange(lines.lineStart(line), lines.lineEnd(line));
            if (!body.nonProse().covers(range.start()) || content.charAt(0) == '<') {
                found.add(new Heading(level, normalise(raw), line, range));
            }
        }
        return found;
    }

    /**
     * What {@link #ATX} matching the whole {@code line} gives: the level (group 1's length) and where the text
     * (group 2) starts and ends; null when it does not match. Read by hand because java.util.regex, in the C1
     * code the launcher runs, spent a microsecond or two per heading line trying the lazy group at every
     * character. The pattern's backtracking comes down to this: up to three spaces, a run of one to six `#`
     * followed by a space or tab, all the spaces and tabs after it, and then the shortest text whose remainder is
     * either only spaces and tabs or spaces and tabs, a run of `#` and spaces and tabs. A line holding a line
     * terminator (which `.` does not cross and `$` may stand before) goes to the pattern itself.
     */
    static int[] atx(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                Matcher m = ATX.matcher(line);
                return m.matches() ? new int[] {m.group(1).length(), m.start(2), m.end(2)} : null;
            }
        }
        int at = 0;
        while (at < n && at < 4 && line.charAt(at) == ' ') {
            at++;
        }
        int hashes = 0;
        while (at + hashes < n && line.charAt(at + hashes) == '#') {
            hashes++;
        }
        if (at > 3 || hashes == 0 || hashes > 6 || at + hashes >= n || !isSpaceOrTab(line.charAt(at + hashes))) {
            return null;
        }
        int start = at + hashes;
        while (start < n && isSpaceOrTab(line.charAt(start))) {
            start++;
        }
        // The text ends where only spaces and tabs follow, or earlier where spaces and tabs, `#`s, and spaces and
        // tabs follow: the closing sequence, when it does not reach back into the opening spaces.
        int end = n;
        while (end > start && isSpaceOrTab(line.charAt(end - 1))) {
            end--;
        }
        int closing = end;
        while (closing > start && line.charAt(closing - 1) == '#') {
            closing--;
        }
        int spaces = closing;
        while (spaces > start && isSpaceOrTab(line.charAt(spaces - 1))) {
            spaces--;
        }
        if (closing < end && spaces < closing) {
            end = spaces;
        }
        return new int[] {hashes, start, end};
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /** Whether {@code <h1}-{@code <h6} (any case) starts at {@code at}, before {@code end}: where HTML can match. */
    private static boolean mayOpenHtmlHeading(String text, int at, int end) {
        return at + 2 < end && text.charAt(at) == '<' && (text.charAt(at + 1) == 'h' || text.charAt(at + 1) == 'H')
                && text.charAt(at + 2) >= '1' && text.charAt(at + 2) <= '6';
    }

    /** A non-blank paragraph line directly above a `===` or `---` underline, after a blank line or the start. */
    private static boolean isSetextHeading(String text, LineIndex lines, int line) {
        if (line + 1 >= lines.lineCount() || !mayBeUnderline(text, lines, line + 1) || lines.isBlank(line)
                || !SETEXT_UNDERLINE.matcher(lines.lineText(line + 1)).matches()) {
            return false;
        }
        String content = lines.lineText(line).strip();
        if (content.startsWith("<") || content.startsWith("#")) {
            return false;
        }
        // After a blank line, or after a line that closes an HTML comment (which ends an HTML block).
        return line == 0 || lines.isBlank(line - 1) || lines.lineText(line - 1).strip().endsWith("-->");
    }

    /**
     * Whether the line starts like a setext underline (up to three spaces, then `=` or `-`): read in place,
     * since every body line is a candidate heading and almost none is followed by an underline.
     */
    private static boolean mayBeUnderline(String text, LineIndex lines, int line) {
        int start = lines.lineStart(line);
        int end = lines.lineEnd(line);
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        return i < end && (text.charAt(i) == '=' || text.charAt(i) == '-');
    }

    /** Text for comparison: link and image syntax reduced to their text, emphasis dropped, whitespace collapsed. */
    public static String normalise(String text) {
        // Each step only where its pattern can match: this runs for every heading and title of a corpus,
        // and String.replaceAll compiled its pattern on every call.
        String out = text.indexOf('[') >= 0 ? LINK.matcher(text).replaceAll("$1") : text;
        if (out.indexOf('*') >= 0 || out.indexOf('_') >= 0 || out.indexOf('`') >= 0) {
            out = EMPHASIS_MARKS.matcher(out).replaceAll("");
        }
        return needsCollapsing(out) ? SPACES.matcher(out).replaceAll(" ").strip() : out.strip();
    }

    /** Whether SPACES would change {@code text}: a whitespace character other than a lone space. */
    private static boolean needsCollapsing(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u3000' || c != ' ' && Scan.isRegexSpace(c) || c == ' ' && i + 1 < text.length() && Scan.isRegexSpace(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }
}
