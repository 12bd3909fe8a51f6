package dev.corpuslint.rules.delimiter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.NonProse;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paired CJK punctuation (“” ‘’ 《》 〈〉 【】 （） 「」 『』) whose partner is missing within the paragraph,
 * usually left by truncation or by a scraper that split a quote. Reported at the unmatched mark.
 */
public final class UnbalancedCjkPunctuation implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "DL003", "unbalanced-cjk-punctuation", Family.DELIMITER,
            "Paired CJK punctuation must be closed within its paragraph",
            Severity.WARNING, FixAvailability.NONE, null);

    private static final String OPENERS = "“‘《〈【（「『";
    private static final String CLOSERS = "”’》〉】）」』";
    /** Paragraph breaks: blank lines, and block-level HTML tags, since scraped HTML keeps many paragraphs on adjacent lines. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile(
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
        if (!containsAny(text, body)) {
            return;
        }
        NonProse nonProse = document.body().nonProse();
        Matcher breaks = PARAGRAPH_BREAK.matcher(text).region(body.start(), body.end());
        int start = body.start();
        while (breaks.find()) {
            checkParagraph(text, start, breaks.start(), nonProse, sink);
            start = breaks.end();
        }
        checkParagraph(text, start, body.end(), nonProse, sink);
    }

    private static void checkParagraph(String text, int start, int end, NonProse nonProse, DiagnosticSink sink) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int opener = OPENERS.indexOf(c);
            int closer = CLOSERS.indexOf(c);
            if ((opener < 0 && closer < 0) || nonProse.covers(i) || isApostrophe(text, i, start, end)) {
                continue;
            }
            if (opener >= 0) {
                open.push(i);
                continue;
            }
            if (!open.isEmpty() && OPENERS.indexOf(text.charAt(open.peek())) == closer) {
                open.pop();
            } else if (closesDeeper(text, open, closer)) {
                // A closer that matches an outer opener: the inner openers in between are the unmatched ones.
                while (OPENERS.indexOf(text.charAt(open.peek())) != closer) {
                    reportOpener(text, open.pop(), sink);
                }
                open.pop();
            } else {
                sink.report(new TextRange(i, i + 1),
                        "Closing `" + c + "` has no matching `" + OPENERS.charAt(closer) + "` in this paragraph");
            }
        }
        while (!open.isEmpty()) {
            reportOpener(text, open.pollLast(), sink);
        }
    }

    private static boolean closesDeeper(String text, Deque<Integer> open, int closer) {
        for (int at : open) {
            if (OPENERS.indexOf(text.charAt(at)) == closer) {
                return true;
            }
        }
        return false;
    }

    private static void reportOpener(String text, int at, DiagnosticSink sink) {
        char c = text.charAt(at);
        sink.report(new TextRange(at, at + 1),
                "Opening `" + c + "` is not closed with `" + CLOSERS.charAt(OPENERS.indexOf(c)) + "` in this paragraph");
    }

    /** ’ in don’t or students’, and ‘ in ‘90s, are apostrophes, not quotes. */
    private static boolean isApostrophe(String text, int i, int start, int end) {
        char c = text.charAt(i);
        char before = i > start ? text.charAt(i - 1) : ' ';
        char after = i + 1 < end ? text.charAt(i + 1) : ' ';
        if (c == '’') {
            // After a Latin word it closes a quote only when a ‘ opened one earlier in the paragraph.
            return isLatinOrDigit(before) && (isLatinOrDigit(after) || text.lastIndexOf('‘', i) < start);
        }
        return c == '‘' && !isLatinOrDigit(before) && i + 2 < end
                && Character.isDigit(after) && Character.isDigit(text.charAt(i + 2));
    }

    private static boolean isLatinOrDigit(char c) {
        return (c < 0x250 && Character.isLetterOrDigit(c));
    }

    private static boolean containsAny(String text, TextRange range) {
        for (int i = range.start(); i < range.end(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2018 && (OPENERS.indexOf(c) >= 0 || CLOSERS.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }
}
