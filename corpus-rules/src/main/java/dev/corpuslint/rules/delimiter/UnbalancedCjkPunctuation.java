package dev.corpuslint.rules.delimiter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.document.NonProse;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paired CJK punctuation (“” ‘’ 《》 〈〉 【】 （） 「」 『』) whose partner is missing within the paragraph,
 * usually left by truncation or by a scraper that split a quote. Reported at the unmatched mark.
 */
public final class UnbalancedCjkPunctuation implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "DL003", "unbalanced-cjk-punctuation", Family.DELIMITER,
            "Paired CJK punctuation must be closed (quotation marks may span paragraphs)",
            Severity.WARNING, FixAvailability.NONE, null);

    private static final String OPENERS = "“‘《〈【（「『";
    private static final String CLOSERS = "”’》〉】）」』";
    /** Paragraph breaks: blank lines, and block-level HTML tags, since scraped HTML keeps many paragraphs on adjacent lines. */
    static final Pattern PARAGRAPH_BREAK = Pattern.compile(
            "\\n[ \\t\\u3000]*\\r?\\n|\\r\\n[ \\t\\u3000]*\\r\\n|</?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|figure|figcaption|hr)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        TextRange body = document.body().range();
        String text = document.text();
        char[] chars = document.chars();
        int[] marks = document.presence().bodyMarks();
        int count = document.presence().bodyMarkCount();
        if (!document.presence().hasAnyOf(OPENERS) && !document.presence().hasAnyOf(CLOSERS) || !containsAny(chars, marks, count, body)) {
            return;
        }
        NonProse nonProse = document.body().nonProse();
        java.util.List<TextRange> paragraphs = paragraphs(text, chars, body, document.lines(),
                !document.presence().has('<') && !document.presence().has('\r'));
        check(text, chars, marks, count, paragraphs, nonProse, sink);
    }

    /**
     * The body split at paragraph breaks. Every break starts with `\n`, `\r` or `<`, so the pattern is tried
     * only there, with {@code lookingAt}: this finds the same breaks as {@code find} (the leftmost match, the
     * same alternative), without trying the alternation at every character, which was this rule's main cost.
     */
    static java.util.List<TextRange> paragraphs(String text, char[] chars, TextRange body) {
        return paragraphs(text, chars, body, new LineIndex(text), text.indexOf('<') < 0 && text.indexOf('\r') < 0);
    }

    /**
     * {@link #paragraphs(String, char[], TextRange)} with the text's line index, told whether the text holds no
     * `<` and no `\r`: then every break starts at a `\n`, and the `\n`s are where the index's lines end, read
     * from it rather than searched for through every character of the body.
     */
    static java.util.List<TextRange> paragraphs(String text, char[] chars, TextRange body, LineIndex lines, boolean onlyLineFeeds) {
        java.util.List<TextRange> paragraphs = new java.util.ArrayList<>();
        if (onlyLineFeeds) {
            int start = body.start();
            int end = body.end();
            int from = start; // where the next `\n` may be: past a break found, as a search would resume
            for (int line = lines.lineOf(start) + 1; line < lines.lineCount(); line++) {
                int i = lines.lineStart(line) - 1; // the `\n` that ends the line before
                if (i >= end) {
                    break;
                }
                if (i < from) {
                    continue;
                }
                int breakEnd = blankLineEnd(chars, i, end);
                if (breakEnd >= 0) {
                    paragraphs.add(new TextRange(start, i));
                    start = breakEnd;
                    from = Math.max(i, start - 1) + 1;
                }
            }
            paragraphs.add(new TextRange(start, end));
            return paragraphs;
        }
        Matcher breaks = PARAGRAPH_BREAK.matcher(text);
        int start = body.start();
        for (int i = body.start(), end = body.end(); i < end; i++) {
            char c = chars[i];
            if (c != '\n' && c != '\r' && c != '<') {
                continue;
            }
            // At a `\n` only the first alternative can match: read by hand, as most breaks are plain blank lines.
            int breakEnd = c == '\n' ? blankLineEnd(chars, i, end) : breaks.region(i, end).lookingAt() ? breaks.end() : -1;
            if (breakEnd >= 0) {
                paragraphs.add(new TextRange(start, i));
                start = breakEnd;
                i = Math.max(i, start - 1);
            }
        }
        paragraphs.add(new TextRange(start, body.end()));
        return paragraphs;
    }

    /**
     * Where PARAGRAPH_BREAK's first alternative (a blank line: `\\n`, spaces, tabs or ideographic spaces, an
     * optional `\\r`, `\\n`) matched at {@code at}, a `\\n`, ends within {@code end}; -1 when it does not match.
     */
    static int blankLineEnd(char[] chars, int at, int end) {
        int i = at + 1;
        while (i < end && (chars[i] == ' ' || chars[i] == '\t' || chars[i] == '\u3000')) {
            i++;
        }
        if (i < end && chars[i] == '\r') {
            i++;
        }
        return i < end && chars[i] == '\n' ? i + 1 : -1;
    }

    /**
     * One walk of the body for both kinds of marks. “ and ” are matched across the whole body: a quotation
     * may run over several paragraphs, and by Chinese convention each of its paragraphs opens with “ while
     * only the last one closes. So a “ at the start of a paragraph continues an open quotation; any other
     * second “ means the first was never closed; a ” with nothing open closes nothing. Every other pair is
     * matched within its paragraph. (Two walks, one per kind, were a tenth of this rule's time.)
     *
     * <p>Each paragraph's first word is walked character by character, since any character ends it; after it
     * only the marks matter, and the document's survey lists where they stand ({@code marks}), so the walk
     * visits those rather than every character.
     */
    private static void check(String text, char[] chars, int[] marks, int count, java.util.List<TextRange> paragraphs,
            NonProse nonProse, DiagnosticSink sink) {
        Walk walk = new Walk(text, chars, nonProse, sink);
        int next = 0;
        for (TextRange paragraph : paragraphs) {
            int end = paragraph.end();
            walk.startParagraph(paragraph);
            int i = paragraph.start();
            while (walk.first && i < end) {
                walk.visit(i++);
            }
            while (next < count && marks[next] < i) {
                next++;
            }
            for (; next < count && marks[next] < end; next++) {
                walk.visit(marks[next]);
            }
            walk.endParagraph();
        }
        walk.end();
    }

    /** The state of {@link #check}'s walk: the open quotation, the paragraph's open marks, its first word. */
    private static final class Walk {
        private final String text;
        private final char[] chars;
        /** Asked in increasing order: visits go through paragraphs in order, and each paragraph's characters in order. */
        private final NonProse.Cursor nonProse;
        private final DiagnosticSink sink;
        private final OpenMarks open = new OpenMarks();
        private int openQuote = -1;
        private TextRange openParagraph;
        private TextRange paragraph;
        /** Whether the walk is still in the paragraph's first word (its leads: spaces, Markdown markers). */
        boolean first;

        Walk(String text, char[] chars, NonProse nonProse, DiagnosticSink sink) {
            this.text = text;
            this.chars = chars;
            this.nonProse = nonProse.cursor();
            this.sink = sink;
        }

        void startParagraph(TextRange paragraph) {
            this.paragraph = paragraph;
            this.first = true;
        }

        void visit(int i) {
            int start = paragraph.start();
            int end = paragraph.end();
            // Past a paragraph's first word only marks are visited: no ideograph reaches here then.
            char c = chars[i];
            if (c == '“' || c == '”') {
                if (nonProse.covers(i)) {
                    return;
                }
                if (c == '“') {
                    if (openQuote >= 0 && !first && isReportable(text, openQuote, openParagraph.start(), openParagraph.end())) {
                        sink.report(new TextRange(openQuote, openQuote + 1), "Opening `“` is not closed with `”`");
                    }
                    openQuote = i;
                    openParagraph = paragraph;
                } else if (openQuote >= 0) {
                    openQuote = -1;
                } else if (isReportable(text, i, start, end)) {
                    sink.report(new TextRange(i, i + 1), "Closing `”` has no matching `“`");
                }
                first = false;
                return;
            }
            if (first && !isParagraphLead(c) && !nonProse.covers(i)) {
                first = false;
            }
            // A mark other than “ ” (handled above), ASCII parentheses included: the pair tables.
            if ((OPENER_PAIR[c] >= 0 || CLOSER_PAIR[c] >= 0) && !nonProse.covers(i)) {
                checkMark(text, c, i, start, end, open, sink);
            }
        }

        void endParagraph() {
            for (int k = 0; k < open.size; k++) {
                reportOpener(text, open.at[k], paragraph.start(), paragraph.end(), sink); // the oldest first
            }
            open.size = 0;
        }

        void end() {
            if (openQuote >= 0 && isReportable(text, openQuote, openParagraph.start(), openParagraph.end())) {
                sink.report(new TextRange(openQuote, openQuote + 1), "Opening `“` is not closed with `”`");
            }
        }
    }

    /** Whether this rule pairs {@code c} (“ and ” among them): past a paragraph's first word, the only characters it looks at. */
    static boolean pairs(char c) {
        return OPENER_PAIR[c] >= 0 || CLOSER_PAIR[c] >= 0;
    }

    /** Whitespace and Markdown markers that may come before the first word of a paragraph. */
    private static boolean isParagraphLead(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || "#>*_-+".indexOf(c) >= 0;
    }

    /** A mark other than “ ” at {@code i}, outside non-prose, matched against the paragraph's {@code open} ones. */
    private static void checkMark(String text, char c, int i, int start, int end, OpenMarks open, DiagnosticSink sink) {
        int opener = pairOfOpener(c);
        int closer = pairOfCloser(c);
        if (opener >= 0) {
            open.push(i);
            return;
        }
        if (!open.isEmpty() && pairOfOpener(text.charAt(open.peek())) == closer) {
            open.pop();
        } else if (closesDeeper(text, open, closer)) {
            // A closer that matches an outer opener: the inner openers in between are the unmatched ones.
            while (pairOfOpener(text.charAt(open.peek())) != closer) {
                reportOpener(text, open.pop(), start, end, sink);
            }
            open.pop();
        } else if (isReportable(text, i, start, end)) {
            sink.report(new TextRange(i, i + 1),
                    "Closing `" + c + "` has no matching `" + OPENERS.charAt(closer) + "` in this paragraph");
        }
    }

    /** Index of the pair a mark opens; ASCII `(` counts as a parenthesis so that `(数据）` is not reported here. */
    private static int pairOfOpener(char c) {
        return OPENER_PAIR[c];
    }

    private static int pairOfCloser(char c) {
        return CLOSER_PAIR[c];
    }

    /** Per character, the pair it opens or closes (-1: none); no boxing, no search of the mark strings. */
    private static final byte[] OPENER_PAIR = pairTable(OPENERS, '(', '（');
    private static final byte[] CLOSER_PAIR = pairTable(CLOSERS, ')', '）');

    private static byte[] pairTable(String marks, char ascii, char fullWidth) {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(table, (byte) -1);
        for (int i = 0; i < marks.length(); i++) {
            table[marks.charAt(i)] = (byte) i;
        }
        table[ascii] = (byte) marks.indexOf(fullWidth);
        return table;
    }

    private static boolean closesDeeper(String text, OpenMarks open, int closer) {
        for (int k = 0; k < open.size; k++) {
            if (pairOfOpener(text.charAt(open.at[k])) == closer) {
                return true;
            }
        }
        return false;
    }

    /** The paragraph's openers still open, innermost last: offsets in an array, not boxed in a deque. */
    private static final class OpenMarks {
        int[] at = new int[8];
        int size;

        void push(int offset) {
            if (size == at.length) {
                at = java.util.Arrays.copyOf(at, size * 2);
            }
            at[size++] = offset;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int peek() {
            return at[size - 1];
        }

        int pop() {
            return at[--size];
        }
    }

    private static void reportOpener(String text, int at, int start, int end, DiagnosticSink sink) {
        if (!isReportable(text, at, start, end)) {
            return;
        }
        char c = text.charAt(at);
        sink.report(new TextRange(at, at + 1),
                "Opening `" + c + "` is not closed with `" + CLOSERS.charAt(OPENERS.indexOf(c)) + "` in this paragraph");
    }

    /**
     * Whether an unmatched mark is worth a finding. ASCII parentheses only help matching (smileys, `1)`
     * lists); marks beside Cyrillic or Arabic letters are mojibake of UTF-8 read as a legacy code page, not
     * punctuation; `1）` and `二）` are list enumerators; ‘ and ’ count only between CJK characters,
     * since elsewhere they are apostrophes or typographic ASCII quotes.
     */
    private static boolean isReportable(String text, int i, int start, int end) {
        char c = text.charAt(i);
        if (c == '(' || c == ')') {
            return false;
        }
        char before = i > start ? text.charAt(i - 1) : ' ';
        char after = i + 1 < end ? text.charAt(i + 1) : ' ';
        // Every test must pass, so the cheap ones about the characters around the mark go first and the line's
        // code-like pattern, a search, last: an apostrophe in English text (’) is ruled out before it.
        if (c == '‘' && !isIdeograph(after)) {
            return false;
        }
        if (c == '’' && !((isIdeograph(before) || isCjkPunctuation(before))
                && (isIdeograph(after) || isCjkPunctuation(after) || Character.isWhitespace(after) || i + 1 >= end))) {
            return false;
        }
        if (isMojibakeLetter(before) || isMojibakeLetter(after)) {
            return false;
        }
        if ((c == '“' || c == '”') && !nearCjk(text, i, start, end)) {
            return false; // a quotation in English text: not this rule's business
        }
        if (c == '）' && isEnumerator(text, i, start)) {
            return false;
        }
        return !isInCodeLikeLine(text, i);
    }

    /** `1）`, `12）`, `a）`, `三）` at the start of a line or after a space or punctuation. */
    private static boolean isEnumerator(String text, int i, int start) {
        int j = i - 1;
        int marks = 0;
        while (j >= start && marks < 3 && (Character.isDigit(text.charAt(j)) || "一二三四五六七八九十".indexOf(text.charAt(j)) >= 0
                || (marks == 0 && isLatinOrDigit(text.charAt(j))))) {
            j--;
            marks++;
        }
        if (marks == 0 || marks > 2) {
            return false;
        }
        if (j < start) {
            return true;
        }
        char lead = text.charAt(j);
        return Character.isWhitespace(lead) || "*#>-|。；;：:，,、".indexOf(lead) >= 0 || lead == '\u3000';
    }

    /**
     * Cyrillic, Arabic and Latin-1 letters right beside curly quotes in Chinese corpora come from UTF-8
     * decoded as cp1251, cp1256 or cp1252, where the quote is a byte of a character, not punctuation.
     */
    private static boolean isMojibakeLetter(char c) {
        return (c >= 0x0400 && c <= 0x04FF) || (c >= 0x0600 && c <= 0x06FF) || (c >= 0x00C0 && c <= 0x00FF);
    }

    private static final java.util.regex.Pattern CODE_LIKE = java.util.regex.Pattern.compile(
            "::|<<|==|=>|\\w\\(|[{};]\\s*$|\\bf[“”]|\\.split\\(");

    /** Word processors curl the quotes of code pasted into prose (`f”https://{domain}”`, `cout << “…“;`). */
    static boolean isInCodeLikeLine(String text, int i) {
        int lineStart = text.lastIndexOf('\n', i) + 1;
        int lineEnd = text.indexOf('\n', i);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        // Every alternative needs one of these characters; a line of Chinese prose usually has none, and find()
        // would try the whole alternation at each of its characters.
        boolean possible = false;
        for (int k = lineStart; k < end && !possible; k++) {
            possible = CODE_LIKE_MARKS.indexOf(text.charAt(k)) >= 0;
        }
        return possible && CODE_LIKE.matcher(text.substring(lineStart, end)).find();
    }

    /** The characters one of which every CODE_LIKE alternative holds. */
    static final String CODE_LIKE_MARKS = ":<=({};f.";

    /** A Chinese character or CJK punctuation within three characters of the mark. */
    private static boolean nearCjk(String text, int i, int start, int end) {
        for (int k = Math.max(start, i - 3); k < Math.min(end, i + 4); k++) {
            char c = text.charAt(k);
            if (k != i && (isIdeograph(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIdeograph(char c) {
        return Character.isIdeographic(c) || Character.isSurrogate(c);
    }

    private static boolean isCjkPunctuation(char c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || c == '”' || c == '“';
    }

    private static boolean isLatinOrDigit(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c));
    }

    /** Whether the body holds one of OPENERS or CLOSERS: every one is a mark, so the survey's list is searched. */
    private static boolean containsAny(char[] text, int[] marks, int count, TextRange range) {
        for (int k = 0; k < count && marks[k] < range.end(); k++) {
            char c = text[marks[k]];
            // A mark this rule pairs, but not the ASCII parentheses, which lie below U+2018.
            if (c >= '\u2018' && pairs(c)) {
                return true;
            }
        }
        return false;
    }
}
