package dev.corpuslint.rules.boilerplate;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
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
    /** Headings, list items, table rows, quotes and bold-only lines are structure that documents repeat on purpose. */
    private static final Pattern SKIP = Pattern.compile(
            "^\\s{0,3}(?:#{1,6}(?:\\s|$)|<h[1-6]\\b|[|]|[-*+] |\\d+[.)] |>|\\*\\*.*\\*\\*\\s*$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMAGE_OR_LINK_ONLY = Pattern.compile("^\\[?!?\\[[^\\]]*\\]\\([^)]*\\)(?:\\]\\([^)]*\\))?$");

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
        Repeats repeats = repeats(document);
        if (repeats.pairs().isEmpty()) {
            return;
        }
        String title = document.frontMatter().map(fm -> fm.values("title")).filter(v -> !v.isEmpty())
                .map(v -> BodyLines.normalize(v.get(0))).orElse(null);
        Map<Integer, Integer> earlierOf = new HashMap<>();
        repeats.pairs().forEach(pair -> earlierOf.put(pair[1], pair[0]));
        List<Integer> order = repeats.lines();
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        BodyLines body = document.bodyLines();
        for (int[] pair : repeats.pairs()) {
            if (isDuplication(pair, earlierOf, order, position, title != null && title.equals(body.normalized(pair[1])))) {
                report(document, sink, pair);
            }
        }
    }

    /**
     * A repeat is reported when it is a duplication rather than a document quoting itself: the title again
     * (a page's title scraped twice), the same line twice in a row, or part of a repeated run of two or more
     * lines (a passage captured twice). Single lines repeated far apart (a product description in two
     * entries of a weekly report, a requirement in two job ads) are real text: corpus sampling put them at a
     * third of all repeats.
     */
    private static boolean isDuplication(int[] pair, Map<Integer, Integer> earlierOf, List<Integer> order,
            Map<Integer, Integer> position, boolean isTitle) {
        int at = position.get(pair[1]);
        int first = position.get(pair[0]);
        if (isTitle || at == first + 1) {
            return true;
        }
        boolean runBefore = at > 0 && first > 0 && order.get(first - 1).equals(earlierOf.get(order.get(at - 1)));
        boolean runAfter = at + 1 < order.size() && first + 1 < at && order.get(first + 1).equals(earlierOf.get(order.get(at + 1)));
        return runBefore || runAfter;
    }

    private static void report(CorpusDocument document, DiagnosticSink sink, int[] pair) {
        LineIndex lines = document.lines();
        int line = pair[1];
        String raw = lines.lineText(line);
        int indent = raw.length() - raw.stripLeading().length();
        TextRange range = new TextRange(lines.lineStart(line) + indent, lines.lineEnd(line));
        TextRange firstRange = new TextRange(lines.lineStart(pair[0]), lines.lineEnd(pair[0]));
        Diagnostic.Related first = new Diagnostic.Related(firstRange, "first occurrence");
        String message = "Paragraph repeats line " + (pair[0] + 1);
        TextRange deletion = LineDeletion.ofLine(lines, line);
        if (deletion != null) {
            sink.report(range, message, first, Fix.unsafe("Remove the repeated paragraph", TextEdit.delete(deletion)));
        } else {
            sink.report(range, message, first);
        }
    }

    /** The considered lines in order, and each repeat as (first line, repeating line). */
    record Repeats(List<int[]> pairs, List<Integer> lines) {}

    /** Every repeat in document order, found once per document and shared with the document-level share (BP006). */
    static Repeats repeats(CorpusDocument document) {
        return document.derived(RepeatedParagraph.class, RepeatedParagraph::findRepeats);
    }

    private static Repeats findRepeats(CorpusDocument document) {
        BodyLines body = document.bodyLines();
        Map<String, Integer> seen = new HashMap<>();
        List<int[]> out = new java.util.ArrayList<>();
        List<Integer> lines = new java.util.ArrayList<>();
        for (int line = body.first(); line < body.end(); line++) {
            if (!considered(body, line)) {
                continue;
            }
            String raw = body.raw(line);
            if (document.body().isCodeOrInvisible(document.lines().lineStart(line) + (raw.length() - raw.stripLeading().length()))) {
                continue;
            }
            lines.add(line);
            Integer earlier = seen.putIfAbsent(body.normalized(line), line);
            if (earlier != null) {
                out.add(new int[] {earlier, line});
            }
        }
        return new Repeats(out, lines);
    }

    /**
     * Long prose lines only: not structure (see {@link #SKIP}), not an image or link alone, and not code or
     * a version range (few Chinese characters among operators such as = ( ) ; ≤), which repeat in real text.
     */
    private static boolean considered(BodyLines body, int line) {
        String visible = body.visible(line);
        if (visible.codePointCount(0, visible.length()) < MIN_LENGTH || SKIP.matcher(body.raw(line)).find()
                || IMAGE_OR_LINK_ONLY.matcher(visible).matches()) {
            return false;
        }
        int letters = 0;
        int han = 0;
        boolean operators = false;
        for (int i = 0; i < visible.length(); i++) {
            char c = visible.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= 0x3400 && c <= 0x9FFF) {
                    han++;
                }
            } else if ("=(){};<>≤≥_\\".indexOf(c) >= 0) {
                operators = true;
            }
        }
        return letters >= 2 && !(operators && han * 5 < letters);
    }
}
