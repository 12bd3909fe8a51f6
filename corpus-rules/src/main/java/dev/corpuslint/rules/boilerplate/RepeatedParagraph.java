package dev.corpuslint.rules.boilerplate;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.document.LinkLine;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Diagnostic;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import dev.corpuslint.rules.packs.LineDeletion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A paragraph that appears again later in the same document: a scraper that captured the lead twice, a
 * title repeated as the first line, a promo pasted above and below. Headings are left to FM005.
 */
public final class RepeatedParagraph implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "BP005", "repeated-paragraph", Family.BOILERPLATE,
            "A paragraph repeated in the same document is duplicated content",
            Severity.WARNING, FixAvailability.SOMETIMES, Applicability.UNSAFE);

    /**
     * Shorter lines (labels, version ranges, 图片来源, an account name) repeat legitimately, and short chrome
     * is learned boilerplate's job (BP004); a repeated paragraph is a long one. Sampling on the corpus showed
     * 57% precision at 12 characters, mostly report structure (**2.Redis 漏洞**) and version lists.
     */
    static final int MIN_LENGTH = 25;
    /**
     * A passage counts as captured twice from three lines on: two lines repeated together are as often the
     * attributes of two entries of a list (活动时间 / 提交地址) as a capture error.
     */
    static final int MIN_RUN = 3;
    /**
     * Headings, list items, table rows, quotes and bold-only lines are structure that documents repeat on purpose.
     * The definition {@link #skipped} reads by hand, lead by lead; the tests hold each reading to it.
     */
    static final Pattern SKIP = Pattern.compile(
            "^\\s{0,3}(?:#{1,6}(?:\\s|$)|<h[1-6]\\b|[|]|[-*+] |\\d+[.)] |>|\\*\\*.*\\*\\*\\s*$)", Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    /** A line another boilerplate rule already reports (a credit line, a chrome block) is not reported twice. */
    @Override
    public boolean deferential() {
        return true;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        // Duplicates next to each other are one finding and one deletion: a passage captured twice.
        List<int[]> found = duplications(document);
        BodyLines body = document.bodyLines();
        int start = 0;
        for (int i = 1; i <= found.size(); i++) {
            if (i == found.size() || !adjacent(body, found.get(i - 1)[1], found.get(i)[1])) {
                report(document, sink, found.subList(start, i));
                start = i;
            }
        }
    }

    /**
     * The repeats that are duplications rather than a document quoting itself, in document order (shared
     * with BP006): the title again (a page's title scraped a second time), the same line twice in a row, or
     * part of a run of at least {@link #MIN_RUN} lines that repeats an earlier run (a passage captured twice).
     * Lone lines repeated far apart (a product description in two entries of a weekly report, a requirement
     * in two job ads) are real text: corpus sampling put them at a third of all repeats.
     */
    static List<int[]> duplications(CorpusDocument document) {
        return duplications(document, repeats(document));
    }

    /** {@link #duplications(CorpusDocument)} from the given repeats. */
    static List<int[]> duplications(CorpusDocument document, Repeats repeats) {
        if (repeats.pairs().isEmpty()) {
            return List.of();
        }
        BodyLines body = document.bodyLines();
        String title = document.frontMatter().map(fm -> fm.values("title")).filter(v -> !v.isEmpty())
                .map(v -> BodyLines.normalize(v.get(0))).orElse(null);
        Map<Integer, Integer> earlierOf = new HashMap<>();
        repeats.pairs().forEach(pair -> earlierOf.put(pair[1], pair[0]));
        List<Integer> order = repeats.lines();
        // continues[i]: order[i] and order[i - 1] both repeat, each pair of copies only blank lines apart.
        boolean[] continues = new boolean[order.size()];
        for (int i = 1; i < order.size(); i++) {
            Integer here = earlierOf.get(order.get(i));
            Integer before = earlierOf.get(order.get(i - 1));
            continues[i] = here != null && before != null && adjacent(body, order.get(i - 1), order.get(i))
                    && adjacent(body, before, here);
        }
        java.util.Set<Integer> inLongRun = new java.util.HashSet<>();
        for (int i = 0; i < order.size(); ) {
            int j = i + 1;
            while (j < order.size() && continues[j]) {
                j++;
            }
            if (j - i >= MIN_RUN && earlierOf.containsKey(order.get(i))) {
                for (int k = i; k < j; k++) {
                    inLongRun.add(order.get(k));
                }
            }
            i = j;
        }
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int line = order.get(i);
            Integer first = earlierOf.get(line);
            if (first == null) {
                continue;
            }
            int previous = i > 0 ? order.get(i - 1) : -1;
            boolean twiceInARow = previous >= 0 && adjacent(body, previous, line)
                    && (previous == first || first.equals(earlierOf.get(previous)));
            boolean isTitle = title != null && title.equals(body.normalized(line));
            if (isTitle || twiceInARow || inLongRun.contains(line)) {
                out.add(new int[] {first, line});
            }
        }
        return out;
    }

    /** Whether only blank lines and images separate lines {@code a} and {@code b}, {@code a} coming first. */
    private static boolean adjacent(BodyLines body, int a, int b) {
        if (a >= b) {
            return false;
        }
        for (int line = a + 1; line < b; line++) {
            String visible = body.visible(line);
            if (!visible.isEmpty() && !(visible.startsWith("![") && LinkLine.isImageOrLink(visible))) {
                return false;
            }
        }
        return true;
    }

    private static void report(CorpusDocument document, DiagnosticSink sink, List<int[]> group) {
        LineIndex lines = document.lines();
        int first = group.get(0)[1];
        int last = group.get(group.size() - 1)[1];
        TextRange range = new TextRange(lines.contentStart(first), lines.lineEnd(last));
        int original = group.get(0)[0];
        int originalEnd = group.get(group.size() - 1)[0];
        Diagnostic.Related related = new Diagnostic.Related(
                new TextRange(lines.lineStart(original), lines.lineEnd(Math.max(original, originalEnd))), "first occurrence");
        String message = group.size() == 1
                ? "Paragraph repeats line " + (original + 1)
                : group.size() + " paragraphs repeat lines " + (original + 1) + "–" + (Math.max(original, originalEnd) + 1);
        TextRange deletion = LineDeletion.ofLines(lines, first, last);
        String title = group.size() == 1 ? "Remove the repeated paragraph" : "Remove the repeated paragraphs";
        if (deletion != null) {
            sink.report(range, message, related, Fix.unsafe(title, TextEdit.delete(deletion)));
        } else {
            sink.report(range, message, related);
        }
    }

    /**
     * Each repeat as (first line, repeating line), and the considered lines in order whose text comes back (the
     * others cannot take part in a repeat, and leaving them out changes no run: a considered line is never
     * blank, so no two lines it stands between are adjacent). {@code candidates} and {@code body} count all
     * the considered lines on demand, for the document-level share (BP006).
     */
    record Repeats(List<int[]> pairs, List<Integer> lines, List<Integer> candidates, BodyLines body) {
        /** How many lines are considered: the candidates with enough letters, counted when asked. */
        int considered() {
            int n = 0;
            for (int line : candidates) {
                n += hasProseLetters(body.visible(line)) ? 1 : 0;
            }
            return n;
        }
    }

    /** Every repeat in document order, found once per document and shared with the document-level share (BP006). */
    static Repeats repeats(CorpusDocument document) {
        return document.derived(RepeatedParagraph.class, RepeatedParagraph::findRepeats);
    }

    /**
     * The letter count that decides whether a line is considered walks the whole line, so it is made only for
     * lines whose key occurs twice among those the cheaper tests let through: most lines occur once.
     */
    private static Repeats findRepeats(CorpusDocument document) {
        BodyLines body = document.bodyLines();
        List<Integer> candidates = new java.util.ArrayList<>();
        Map<String, Integer> occurrences = new HashMap<>();
        for (int line = body.first(); line < body.end(); line++) {
            if (!mayBeConsidered(document.lines(), body, line)
                    || document.body().isCodeOrInvisible(document.lines().contentStart(line))) {
                continue;
            }
            candidates.add(line);
            occurrences.merge(body.normalized(line), 1, Integer::sum);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<int[]> out = new java.util.ArrayList<>();
        List<Integer> lines = new java.util.ArrayList<>();
        for (int line : candidates) {
            String key = body.normalized(line);
            if (occurrences.get(key) < 2 || !hasProseLetters(body.visible(line))) {
                continue;
            }
            lines.add(line);
            Integer earlier = seen.putIfAbsent(key, line);
            if (earlier != null) {
                out.add(new int[] {earlier, line});
            }
        }
        return new Repeats(out, lines, candidates, body);
    }

    /**
     * SKIP, tried only on lines whose first character after up to three spaces can start it, and read by hand:
     * a digit can only start a numbered item ({@code \d+[.)] }), `-` and `+` a list item, `#` a
     * heading, `<` an HTML heading, `*` a list item or a bold line, and `|` and `>` always match. Many lines of
     * news open with a year or a figure, and list items and bold lines are common; the pattern's bold
     * alternative ({@code \*\*.*\*\*\s*$}) backtracked from every character of such a line.
     */
    private static boolean skipped(LineIndex lines, BodyLines body, int line) {
        int lead = lines.leadChar(line, 3);
        return switch (lead) {
            case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> isNumberedItem(body.raw(line));
            case '|', '>' -> true;
            case '-', '+', '#' -> isListItemOrHeading(body.raw(line));
            case '<', '*' -> isHtmlHeadingOrBold(body.raw(line));
            default -> false;
        };
    }

    /**
     * {@code \s{0,3}(?:[-+] |#{1,6}(?:\s|$))} at the start of a line whose first character after its spaces
     * is `-`, `+` or `#`. {@code $} also matches before a line terminator that ends the text, as the pattern's does.
     */
    static boolean isListItemOrHeading(String raw) {
        int i = 0;
        while (i < raw.length() && dev.corpuslint.rules.document.Scan.isRegexSpace(raw.charAt(i))) {
            i++;
        }
        if (raw.charAt(i) != '#') {
            return i + 1 < raw.length() && raw.charAt(i + 1) == ' ';
        }
        int hashes = 0;
        while (i + hashes < raw.length() && raw.charAt(i + hashes) == '#') {
            hashes++;
        }
        int after = i + hashes;
        return hashes <= 6 && (after == raw.length() || dev.corpuslint.rules.document.Scan.isRegexSpace(raw.charAt(after))
                || endsWithTerminator(raw, after));
    }

    /** Whether {@code raw} from {@code at} is only a line terminator, before which {@code $} matches. */
    private static boolean endsWithTerminator(String raw, int at) {
        int left = raw.length() - at;
        char c = raw.charAt(at);
        return left == 1 && (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                || left == 2 && c == '\r' && raw.charAt(at + 1) == '\n';
    }

    /**
     * {@code \s{0,3}(?:<h[1-6]\b|[*] |\*\*.*\*\*\s*$)} (case-insensitive) at the start of a line whose first
     * character after its spaces is `<` or `*`. A bold line's closing marks can only be the last two characters
     * before its trailing whitespace (and a final terminator `\s` does not cover, before which {@code $} also
     * matches), and what lies between the marks may not hold a line terminator, which {@code .} does not match.
     */
    static boolean isHtmlHeadingOrBold(String raw) {
        int i = 0;
        while (i < raw.length() && dev.corpuslint.rules.document.Scan.isRegexSpace(raw.charAt(i))) {
            i++;
        }
        int n = raw.length();
        if (raw.charAt(i) == '<') {
            return i + 2 < n && (raw.charAt(i + 1) == 'h' || raw.charAt(i + 1) == 'H')
                    && raw.charAt(i + 2) >= '1' && raw.charAt(i + 2) <= '6'
                    && (i + 3 == n || !isAsciiWordChar(raw.charAt(i + 3)));
        }
        if (i + 1 >= n) {
            return false;
        }
        if (raw.charAt(i + 1) == ' ') {
            return true;
        }
        if (raw.charAt(i + 1) != '*') {
            return false;
        }
        char last = raw.charAt(n - 1);
        return closesBold(raw, i + 2, n)
                || (last == '\u0085' || last == '\u2028' || last == '\u2029') && closesBold(raw, i + 2, n - 1);
    }

    /** Whether {@code raw[from, end)} is {@code .*\*\*\s*}: the text, two marks, then only whitespace. */
    private static boolean closesBold(String raw, int from, int end) {
        int k = end;
        while (k > from && dev.corpuslint.rules.document.Scan.isRegexSpace(raw.charAt(k - 1))) {
            k--;
        }
        if (k - 2 < from || raw.charAt(k - 1) != '*' || raw.charAt(k - 2) != '*') {
            return false;
        }
        for (int j = from; j < k - 2; j++) {
            char c = raw.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** {@code \w} without UNICODE_CHARACTER_CLASS, which decides {@code \b}. */
    private static boolean isAsciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** {@code \s{0,3}\d+[.)] } at the start of a line whose first character after its spaces is a digit. */
    static boolean isNumberedItem(String raw) {
        int i = 0;
        while (i < raw.length() && dev.corpuslint.rules.document.Scan.isRegexSpace(raw.charAt(i))) {
            i++;
        }
        while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
            i++;
        }
        return i + 1 < raw.length() && (raw.charAt(i) == '.' || raw.charAt(i) == ')') && raw.charAt(i + 1) == ' ';
    }

    /** CJK Unified Ideographs, all letters (RepeatedParagraphTest checks it against the JDK's tables). */
    static final char COMMON_HAN_FIRST = '\u4E00';
    static final char COMMON_HAN_LAST = '\u9FFF';

    private static boolean isOperator(char c) {
        return switch (c) {
            case '=', '(', ')', '{', '}', ';', '<', '>', '≤', '≥', '_', '\\' -> true;
            default -> false;
        };
    }

    /**
     * Long prose lines only: not structure (see {@link #SKIP}), not an image or link alone, and not code or
     * a version range (few Chinese characters among operators such as = ( ) ; ≤), which repeat in real text.
     * The tests before the letter count ({@link #hasProseLetters}), which walks the line.
     */
    private static boolean mayBeConsidered(LineIndex lines, BodyLines body, int line) {
        // SKIP is anchored at the start, so the line's lead alone decides which reading of it applies (skipped).
        return body.visibleLength(line) >= MIN_LENGTH && !skipped(lines, body, line)
                && !LinkLine.isImageOrLink(body.visible(line));
    }

    /** At least two letters, and not few Chinese characters among operators. */
    private static boolean hasProseLetters(String visible) {
        int letters = 0;
        int han = 0;
        boolean operators = false;
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (c >= COMMON_HAN_FIRST && c <= COMMON_HAN_LAST) {
                letters++; // the common ideographs, every one a letter: most characters, without a table lookup
                han++;
            } else if (dev.corpuslint.rules.document.Letters.isLetter(c)) {
                letters++;
                if (c >= 0x3400 && c <= 0x9FFF) {
                    han++;
                }
            } else if (isOperator(c)) {
                operators = true;
            }
        }
        return letters >= 2 && !(operators && han * 5 < letters);
    }
}
