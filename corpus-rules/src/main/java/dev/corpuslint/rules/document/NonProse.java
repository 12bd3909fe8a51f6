package dev.corpuslint.rules.document;

import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a body that are not prose: code, URLs, HTML tags, comments, scripts and styles. Prose
 * rules (paired punctuation, punctuation width, …) skip them.
 *
 * <p>Hand-written rather than built on a Markdown parser: scraped bodies mix Markdown with raw HTML, and a
 * CommonMark parser folds whole regions into opaque HTML blocks, while these rules need every prose
 * character with its exact offset. Only fixed, linear-time patterns are used here.
 */
public final class NonProse {
    private static final String[] RAW_ELEMENTS = {"script", "style", "pre", "code", "textarea"};
    private static final String[] INVISIBLE_ELEMENTS = {"script", "style", "noscript"};
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`\\r\\n](?:.*?[^`])??\\1(?!`)");

    private final int[] starts;
    private final int[] ends;

    private NonProse(List<TextRange> merged) {
        starts = new int[merged.size()];
        ends = new int[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            starts[i] = merged.get(i).start();
            ends[i] = merged.get(i).end();
        }
    }

    static NonProse scan(String text, TextRange body, BodyKind kind) {
        return scan(text, body, kind, CharPresence.ALL);
    }

    /** Each search is made only when the text holds the mark it starts from ({@code present}). */
    static NonProse scan(String text, TextRange body, BodyKind kind, CharPresence present) {
        String bodyText = text.substring(body.start(), body.end());
        List<TextRange> found = new ArrayList<>();
        if (present.has('<')) {
            addComments(found, bodyText, body.start());
            addRawElements(found, bodyText, body.start(), RAW_ELEMENTS);
            add(found, TAG, '<', bodyText, body.start());
        }
        if (kind != BodyKind.HTML) {
            if (present.has('`') || present.has('~')) {
                addFences(found, bodyText, body.start());
            }
            if (present.has('`')) {
                add(found, CODE_SPAN, '`', bodyText, body.start());
            }
            if (present.has(']')) {
                addLinkTargets(found, bodyText, body.start());
            }
        }
        addUrls(found, bodyText, body.start(), present);
        found.sort(null);
        List<TextRange> merged = new ArrayList<>();
        for (TextRange r : found) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= r.start()) {
                TextRange last = merged.remove(merged.size() - 1);
                merged.add(new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return new NonProse(merged);
    }

    /*
     * Comments, raw-text elements and fences are found with indexOf and line scans: as lazy `.*?` regular
     * expressions they recursed once per character and were the slowest part of a corpus run.
     */

    private static void addComments(List<TextRange> out, String text, int base) {
        for (int at = text.indexOf("<!--"); at >= 0; ) {
            int close = text.indexOf("-->", at + 4);
            int end = close < 0 ? text.length() : close + 3;
            out.add(new TextRange(base + at, base + end));
            at = close < 0 ? -1 : text.indexOf("<!--", end);
        }
    }

    /** `<script>`, `<style>`, `<pre>`, `<code>`, `<textarea>` with their content, to the closing tag or the end. */
    /** Comments and script, style and noscript elements: the parts of a body a reader never sees, sorted. */
    static List<TextRange> invisible(String text, TextRange body, CharPresence present) {
        List<TextRange> found = new ArrayList<>();
        if (!present.has('<')) {
            return found;
        }
        String bodyText = text.substring(body.start(), body.end());
        addComments(found, bodyText, body.start());
        addRawElements(found, bodyText, body.start(), INVISIBLE_ELEMENTS);
        found.sort(null);
        return found;
    }

    private static void addRawElements(List<TextRange> out, String text, int base, String[] names) {
        for (int at = text.indexOf('<'); at >= 0 && at < text.length(); at = text.indexOf('<', at + 1)) {
            for (String name : names) {
                int after = at + 1 + name.length();
                if (!text.regionMatches(true, at + 1, name, 0, name.length())
                        || (after < text.length() && Character.isLetterOrDigit(text.charAt(after)))) {
                    continue;
                }
                int end = closingTag(text, name, after);
                out.add(new TextRange(base + at, base + end));
                at = Math.max(at, end - 1);
                break;
            }
        }
    }

    private static int closingTag(String text, String name, int from) {
        for (int at = text.indexOf("</", from); at >= 0; at = text.indexOf("</", at + 2)) {
            if (text.regionMatches(true, at + 2, name, 0, name.length())) {
                int gt = text.indexOf('>', at);
                return gt < 0 ? text.length() : gt + 1;
            }
        }
        return text.length();
    }

    /** Fenced code blocks: ``` or ~~~ (three or more, up to three spaces in), to a matching fence or the end. */
    private static void addFences(List<TextRange> out, String text, int base) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.length() : lineEnd + 1;
            int fence = fenceLength(text, lineStart, lineEnd < 0 ? text.length() : lineEnd);
            if (fence == 0) {
                lineStart = next;
                continue;
            }
            char mark = text.charAt(text.indexOf(fence > 0 ? '`' : '~', lineStart));
            int close = next;
            int end = text.length();
            while (close < text.length()) {
                int closeEnd = text.indexOf('\n', close);
                int closeNext = closeEnd < 0 ? text.length() : closeEnd + 1;
                int length = fenceLength(text, close, closeEnd < 0 ? text.length() : closeEnd);
                if (Math.abs(length) >= Math.abs(fence) && Integer.signum(length) == Integer.signum(fence)
                        && text.substring(close, closeEnd < 0 ? text.length() : closeEnd).strip().chars().allMatch(c -> c == mark)) {
                    end = closeNext;
                    break;
                }
                close = closeNext;
            }
            out.add(new TextRange(base + lineStart, base + end));
            lineStart = end;
        }
    }

    /** Length of a fence opening this line: positive for backticks, negative for tildes, 0 for none. */
    private static int fenceLength(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 3 && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= end || (text.charAt(i) != '`' && text.charAt(i) != '~')) {
            return 0;
        }
        char mark = text.charAt(i);
        int run = 0;
        while (i + run < end && text.charAt(i + run) == mark) {
            run++;
        }
        if (run < 3 || (mark == '`' && text.substring(i + run, end).indexOf('`') >= 0)) {
            return 0;
        }
        return mark == '`' ? run : -run;
    }

    /**
     * Indented code blocks: lines indented by four spaces or a tab, after a blank line. A line scan, not a
     * regular expression, because a lookbehind tried at every position made this the slowest scan here.
     */
    /** Every line of every body passes here: a String (direct charAt, a line break found by indexOf), no copies. */
    private static void addIndentedCode(List<TextRange> out, String region, int base) {
        int n = region.length();
        int lineStart = 0;
        boolean previousBlank = true;
        int blockStart = -1;
        while (lineStart <= n) {
            int lineEnd = lineStart < n ? region.indexOf('\n', lineStart) : n;
            if (lineEnd < 0) {
                lineEnd = n;
            }
            boolean blank = isBlank(region, lineStart, lineEnd);
            boolean indented = !blank && (region.startsWith("    ", lineStart) || (lineStart < n && region.charAt(lineStart) == '\t'));
            if (blockStart < 0 && indented && previousBlank) {
                blockStart = lineStart;
            } else if (blockStart >= 0 && !indented) {
                out.add(new TextRange(base + blockStart, base + lineStart));
                blockStart = -1;
            }
            previousBlank = blank;
            if (lineEnd >= n) {
                if (blockStart >= 0) {
                    out.add(new TextRange(base + blockStart, base + n));
                }
                break;
            }
            lineStart = lineEnd + 1;
        }
    }

    private static boolean isBlank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * URLs: `scheme://…` (http, https, ftp) and `www.…`, found from each `://` and `www.` rather than with
     * a regular expression tried at every position. As autolinkers do, a URL does not end with a `)` it
     * did not open: that one closes the text's bracket.
     */
    private static void addUrls(List<TextRange> out, String text, int base, CharPresence present) {
        if (present.listsBodyMarksFrom(base)) {
            // Every `:` of the body is among the marks the survey listed: the `://` are found from those
            // rather than by searching the body again (a search for a string is a loop per character in
            // C1's code, and most bodies hold image addresses, so it ran to the end).
            int[] marks = present.bodyMarks();
            for (int k = 0, count = present.bodyMarkCount(); k < count; k++) {
                int at = marks[k] - base;
                if (at >= text.length()) {
                    break; // a body that ends before the text does (the marks are in order)
                }
                if (text.charAt(at) == ':' && text.startsWith("//", at + 1)) {
                    addUrlAt(out, text, at, base);
                }
            }
        } else {
            for (int at = text.indexOf("://"); at >= 0; at = text.indexOf("://", at + 3)) {
                addUrlAt(out, text, at, base);
            }
        }
        // The next `www.` and `WWW.` are each searched for again only once passed: searching for both from
        // every match rescanned the rest of the body for the absent spelling, quadratic in a body of links.
        // The body's pair filter rules out most bodies without a search (Chinese text rarely holds `ww` or `w.`).
        int lower = present.bodyMayContain(base, LOWER_WWW) ? text.indexOf("www.") : -1;
        int upper = present.bodyMayContain(base, UPPER_WWW) ? text.indexOf("WWW.") : -1;
        while (lower >= 0 || upper >= 0) {
            int at = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '/' && text.charAt(at - 1) != '.') {
                addUrl(out, text, at, at + 4, base);
            }
            if (lower == at) {
                lower = text.indexOf("www.", at + 4);
            }
            if (upper == at) {
                upper = text.indexOf("WWW.", at + 4);
            }
        }
    }

    private static final int[] LOWER_WWW = BigramFilter.pairsOf("www.");
    private static final int[] UPPER_WWW = BigramFilter.pairsOf("WWW.");

    /** The URL whose `://` is at {@code at}, when its scheme is http, https or ftp. */
    private static void addUrlAt(List<TextRange> out, String text, int at, int base) {
        int start = at;
        while (start > 0 && Character.isLetter(text.charAt(start - 1)) && text.charAt(start - 1) < 0x80) {
            start--;
        }
        String scheme = text.substring(start, at).toLowerCase(java.util.Locale.ROOT);
        if (scheme.endsWith("https") || scheme.endsWith("http") || scheme.endsWith("ftp")) {
            int schemeStart = at - (scheme.endsWith("https") ? 5 : scheme.endsWith("http") ? 4 : 3);
            addUrl(out, text, schemeStart, at + 3, base);
        }
    }

    private static void addUrl(List<TextRange> out, String text, int start, int from, int base) {
        // Parentheses are counted as the address is read: the scheme or `www.` before `from` holds none.
        int end = from;
        int open = 0;
        int close = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c < 0x80 ? !ASCII_URL_CHAR[c] : !isUrlChar(c)) {
                break;
            }
            open += c == '(' ? 1 : 0;
            close += c == ')' ? 1 : 0;
            end++;
        }
        if (end == from) {
            return;
        }
        while (close > open && text.charAt(end - 1) == ')') {
            end--;
            close--;
        }
        out.add(new TextRange(base + start, base + end));
    }

    /** {@link #isUrlChar} of each ASCII character, looked up for the long ASCII runs of image addresses. */
    private static final boolean[] ASCII_URL_CHAR = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_URL_CHAR[c] = isUrlChar(c);
        }
    }

    /** A URL ends at whitespace, quotes (straight or curly), CJK punctuation or the first CJK character. */
    private static boolean isUrlChar(char c) {
        return !(Character.isWhitespace(c) || c == '<' || c == '>' || c == '"' || c == '\'' || c == '`'
                || (c >= 0x2018 && c <= 0x201F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20));
    }

    /**
     * Every match of {@code pattern}, which starts with {@code first} ({@link Scan#find}). Transparent bounds
     * let lookarounds see past the region's start, as they would with find() over the whole text.
     */
    private static void add(List<TextRange> out, Pattern pattern, char first, String text, int base) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int from = 0; Scan.find(m, text, first, from, text.length()); from = m.end()) {
            out.add(new TextRange(base + m.start(), base + m.end()));
        }
    }

    /** Link targets (`](href)`, `](href "title")`), from each `]`. */
    private static void addLinkTargets(List<TextRange> out, String text, int base) {
        for (int at = text.indexOf(']'); at >= 0; ) {
            int end = linkTargetEnd(text, at);
            if (end > 0) {
                out.add(new TextRange(base + at, base + end));
                at = text.indexOf(']', end);
            } else {
                at = text.indexOf(']', at + 1);
            }
        }
    }

    /**
     * The end of the link target that starts with the {@code ]} at {@code at}, or -1: what
     * {@code \]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"]*")?\)} matches there with {@code lookingAt}. Read
     * by hand: the pattern walked every character of every address in a matcher step, and each of its parts
     * stops at the one character the next needs, so the first that fits decides (NonProseTest compares them).
     */
    static int linkTargetEnd(String text, int at) {
        int n = text.length();
        if (at + 1 >= n || text.charAt(at + 1) != '(') {
            return -1;
        }
        int i = skipTargetChars(text, at + 2);
        while (i < n && text.charAt(i) == '(') { // balanced parentheses inside the address
            int close = skipTargetChars(text, i + 1);
            if (close >= n || text.charAt(close) != ')') {
                return -1;
            }
            i = skipTargetChars(text, close + 1);
        }
        if (i < n && Scan.isRegexSpace(text.charAt(i))) { // only a quoted title may follow whitespace
            int quote = i;
            while (quote < n && Scan.isRegexSpace(text.charAt(quote))) {
                quote++;
            }
            if (quote >= n || text.charAt(quote) != '"') {
                return -1;
            }
            int closeQuote = text.indexOf('"', quote + 1);
            return closeQuote >= 0 && closeQuote + 1 < n && text.charAt(closeQuote + 1) == ')' ? closeQuote + 2 : -1;
        }
        return i < n && text.charAt(i) == ')' ? i + 1 : -1;
    }

    /** Past {@code [^()\s]*}. */
    private static int skipTargetChars(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(' || c == ')' || Scan.isRegexSpace(c)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Fenced code blocks and code spans of a Markdown or plain body (none for HTML), sorted. */
    static java.util.List<TextRange> codeRanges(String text, TextRange body, BodyKind kind, CharPresence present, boolean indented) {
        java.util.List<TextRange> found = new ArrayList<>();
        boolean fences = present.has('`') || present.has('~');
        if (kind != BodyKind.HTML && (fences || indented)) {
            String region = text.substring(body.start(), body.end());
            if (fences) {
                addFences(found, region, body.start());
            }
            if (indented) {
                addIndentedCode(found, region, body.start());
            }
            if (present.has('`')) {
                add(found, CODE_SPAN, '`', region, body.start());
            }
        }
        found.sort(null);
        return found;
    }

    /** True when {@code offset} lies in code, a URL, a tag or a comment. */
    public boolean covers(int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        int idx = i >= 0 ? i : -i - 2;
        return idx >= 0 && offset < ends[idx];
    }

    /**
     * {@link #covers} for a walk that asks in increasing order (DL003 asks of every mark of a body): each answer
     * is found from where the last one was, not by a search of all the ranges. An offset before the last one
     * asked is answered by that search.
     */
    public Cursor cursor() {
        return new Cursor();
    }

    /** See {@link #cursor}. */
    public final class Cursor {
        /** The last range that starts at or before the last offset asked (-1: none). */
        private int range = -1;
        private int last = -1;

        private Cursor() {}

        public boolean covers(int offset) {
            if (offset < last) {
                return NonProse.this.covers(offset);
            }
            last = offset;
            while (range + 1 < starts.length && starts[range + 1] <= offset) {
                range++;
            }
            return range >= 0 && offset < ends[range];
        }
    }

    /** True when any of {@code [start, end)} is not prose. */
    public boolean touches(int start, int end) {
        int i = java.util.Arrays.binarySearch(starts, start);
        int idx = i >= 0 ? i : -i - 2;
        if (idx >= 0 && start < ends[idx]) {
            return true;
        }
        return idx + 1 < starts.length && starts[idx + 1] < end;
    }
}
