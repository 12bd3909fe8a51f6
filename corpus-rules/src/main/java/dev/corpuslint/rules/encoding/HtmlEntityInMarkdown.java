package dev.corpuslint.rules.encoding;

import dev.corpuslint.rules.document.BodyKind;
import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.LineIndex;
import dev.corpuslint.rules.document.NonProse;
import dev.corpuslint.rules.document.Scan;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Applicability;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.Fix;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextEdit;
import dev.corpuslint.rules.model.TextRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * HTML character references in Markdown or plain text ({@code &ldquo;}, {@code &#123;}, and double-escaped
 * {@code &amp;quot;}), left by an HTML-to-Markdown conversion. Decoded with jsoup's entity table. References
 * that stand for characters with a meaning in Markdown or HTML ({@code < > &} and Markdown punctuation)
 * are left encoded, and so is everything inside code, tags, comments and raw HTML lines.
 */
public final class HtmlEntityInMarkdown implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "EN012", "html-entity-in-markdown", Family.ENCODING,
            "Markdown text must not contain HTML character references",
            Severity.WARNING, FixAvailability.ALWAYS, Applicability.SAFE);

    private static final Pattern ENTITY = Pattern.compile("&(?:amp;)?(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** A line holding raw HTML: a tag anywhere, or a line that starts with one after quote markers. */
    private static final Pattern HTML_LINE = Pattern.compile("^[\\s>]*<|</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?>");
    /** Characters whose reference keeps a meaning apart from the character itself in Markdown or HTML. */
    private static final String MEANINGFUL = "<>&\\`*_[]()#+-.!|~\n\r\t";

    /**
     * {@link Scan#find} for ENTITY from {@code from}, given where the body's marks stand
     * ({@link dev.corpuslint.rules.document.CharPresence#bodyMarks}, which list every `;`). Every match ends
     * its name at a `;` (the `;` ends it, or ends its `amp;`), so the pattern is tried only at an `&` that a
     * run of letters, digits or `#` joins to a `;`, found from the `;` by reading back over the name: most `&`
     * of a Markdown body join the parameters of an address, and searching the body for each was this rule's
     * cost. The candidates come in the order a search would meet them.
     */
    static boolean findEntity(Matcher m, String text, int[] marks, int count, int from, int end) {
        int k = java.util.Arrays.binarySearch(marks, 0, count, from);
        for (k = k >= 0 ? k : -k - 1; k < count && marks[k] < end; k++) {
            int semicolon = marks[k];
            if (text.charAt(semicolon) != ';') {
                continue;
            }
            int at = semicolon - 1;
            while (at >= from && semicolon - 1 - at <= 40 && isNameChar(text.charAt(at))) {
                at--;
            }
            if (at >= from && semicolon - 1 - at <= 40 && text.charAt(at) == '&' && m.region(at, end).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#';
    }

    /**
     * Hexo and Jekyll escape braces as {@code &#123;} so that templates do not read {@code {{} or {@code {%};
     * a brace next to another brace or a percent sign stays escaped.
     */
    private static boolean isTemplateBrace(String text, int start, int end, String decoded) {
        if (!decoded.equals("{") && !decoded.equals("}")) {
            return false;
        }
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return "{}%#".indexOf(before) >= 0 || "{}%#".indexOf(after) >= 0 || text.startsWith("&#123;", end) || text.startsWith("&#125;", end);
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        if (document.body().kind() == BodyKind.HTML) {
            return;
        }
        String text = document.text();
        TextRange body = document.body().range();
        if (!document.presence().has('&') || !document.presence().has(';')) {
            return;
        }
        int[] marks = document.presence().bodyMarks();
        int count = document.presence().bodyMarkCount();
        NonProse nonProse = null;
        LineIndex lines = document.lines();
        Matcher m = ENTITY.matcher(text);
        for (int from = body.start(); findEntity(m, text, marks, count, from, body.end()); from = m.end()) {
            if (nonProse == null) {
                nonProse = document.body().nonProse(); // only for a document with a reference
            }
            String line = lines.lineText(lines.lineOf(m.start()));
            if (nonProse.touches(m.start(), m.end()) || HTML_LINE.matcher(line).find()) {
                continue; // raw HTML, also quoted (`> <title>&#19990;…`): there the encoded form is the content
            }
            String decoded = Parser.unescapeEntities("&" + m.group(1) + ";", false);
            // One character exactly: jsoup also decodes legacy prefixes (`&not` in `&notanentity;`).
            if (decoded.codePointCount(0, decoded.length()) != 1 || decoded.codePoints().anyMatch(c -> MEANINGFUL.indexOf(c) >= 0 || c < 0x20)) {
                continue;
            }
            if (isTemplateBrace(text, m.start(), m.end(), decoded)) {
                continue;
            }
            boolean doubled = m.group().startsWith("&amp;");
            sink.report(new TextRange(m.start(), m.end()),
                    (doubled ? "Double-escaped HTML reference `" : "HTML reference `") + m.group() + "` in text",
                    Fix.safe("Replace with `" + decoded + "`", TextEdit.replace(m.start(), m.end(), decoded)));
        }
    }
}
