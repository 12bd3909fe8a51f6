package dev.corpuslint.rules.delimiter;

import dev.corpuslint.rules.document.CorpusDocument;
import dev.corpuslint.rules.document.Scan;
import dev.corpuslint.rules.engine.DiagnosticSink;
import dev.corpuslint.rules.engine.Rule;
import dev.corpuslint.rules.model.Family;
import dev.corpuslint.rules.model.FixAvailability;
import dev.corpuslint.rules.model.RuleMetadata;
import dev.corpuslint.rules.model.Severity;
import dev.corpuslint.rules.model.TextRange;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML elements opened and never closed, closing tags that close nothing, and comments that never end,
 * in HTML bodies and in raw HTML inside Markdown. Elements whose end tag HTML makes optional ({@code <p>},
 * {@code <li>}, {@code <td>}, …) are never reported as unclosed.
 *
 * <p>Hand-written rather than jsoup: jsoup repairs broken markup silently and does not say where an
 * element was opened, while this rule must report the opening tag of what was left open.
 */
public final class UnbalancedHtmlTag implements Rule {
    public static final RuleMetadata METADATA = new RuleMetadata(
            "DL006", "unbalanced-html-tag", Family.DELIMITER,
            "HTML elements and comments must be closed",
            Severity.WARNING, FixAvailability.NONE, null);

    private static final Pattern TOKEN = Pattern.compile(
            "<!--|<(/?)([A-Za-z][A-Za-z0-9:-]*)((?:\\s[^<>]*?)?)(/?)>", Pattern.DOTALL);
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr");
    /** End tags HTML lets authors omit. */
    private static final Set<String> OPTIONAL_END = Set.of(
            "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp",
            "rtc", "colgroup", "caption", "html", "head", "body");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp");
    /**
     * The elements checked: those found in scraped articles. Names such as {@code data}, {@code object},
     * {@code time} or {@code var} are left out on purpose, because in technical articles {@code <data>},
     * {@code <user>@<host>} or {@code Mutex<T>} are placeholders and generics in prose, not markup.
     */
    private static final Set<String> CHECKED = Set.of(
            "a", "abbr", "article", "aside", "b", "big", "blockquote", "body", "caption", "center", "cite", "code",
            "colgroup", "dd", "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "html", "i", "iframe", "ins", "kbd", "label",
            "li", "main", "mark", "nav", "ol", "optgroup", "option", "p", "picture", "pre", "q", "rb", "rp", "rt", "rtc",
            "s", "section", "select", "small", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "video", "audio", "o:p", "noscript", "button", "svg",
            "script", "style", "textarea", "title", "xmp");
    /** Inline formatting that Markdown authors write without attributes in the middle of a line. */
    private static final Set<String> INLINE = Set.of("strong", "b", "i", "em", "u", "span", "font", "sup", "sub", "small", "mark", "del", "ins", "a");

    private record Open(String name, TextRange range) {}

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(CorpusDocument document, DiagnosticSink sink) {
        String text = document.text();
        TextRange body = document.body().range();
        if (!document.presence().has('<') || text.indexOf('<', body.start()) < 0) {
            return;
        }
        List<TextRange> code = document.body().codeRanges();
        boolean markdown = document.body().kind() != dev.corpuslint.rules.document.BodyKind.HTML;
        Deque<Open> open = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(text);
        int codeIndex = 0;
        // `from` is where the search goes on: past the token, or past the code, comment or raw-text
        // element it skips.
        int from = body.start();
        while (Scan.find(m, text, '<', from, body.end())) {
            from = m.end();
            while (codeIndex < code.size() && code.get(codeIndex).end() <= m.start()) {
                codeIndex++;
            }
            if (codeIndex < code.size() && code.get(codeIndex).start() <= m.start()) {
                from = code.get(codeIndex).end();
                continue;
            }
            if (m.group().equals("<!--")) {
                int close = text.indexOf("-->", m.end());
                if (close < 0 || close >= body.end()) {
                    sink.report(new TextRange(m.start(), m.end()), "HTML comment is not closed with `-->`");
                    break;
                }
                from = close + 3;
                continue;
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            boolean closing = !m.group(1).isEmpty();
            boolean startsLine = startsLine(text, m.start());
            if (!CHECKED.contains(name) || (markdown && !startsLine && !isMarkupInProse(name, closing, m.group(3), open))) {
                continue; // in Markdown prose `<script>` or `</a>` is usually an example being talked about
            }
            TextRange tag = new TextRange(m.start(), m.end());
            if (!closing && (VOID.contains(name) || !m.group(4).isEmpty())) {
                continue;
            }
            if (!closing) {
                if (RAW_TEXT.contains(name)) {
                    int end = indexOfIgnoreCase(text, "</" + name, m.end(), body.end());
                    if (end < 0) {
                        if (!markdown) {
                            sink.report(tag, "`<" + name + ">` is not closed");
                            break;
                        }
                        continue;
                    }
                    int afterCloser = text.indexOf('>', end);
                    from = afterCloser < 0 || afterCloser >= body.end() ? body.end() : afterCloser + 1;
                    continue;
                }
                open.push(new Open(name, tag));
                continue;
            }
            if (open.stream().noneMatch(o -> o.name().equals(name))) {
                if (!OPTIONAL_END.contains(name)) {
                    sink.report(tag, "`</" + name + ">` closes no open element");
                }
                continue;
            }
            while (!open.peek().name().equals(name)) {
                reportUnclosed(open.pop(), sink);
            }
            open.pop();
        }
        while (!open.isEmpty()) {
            reportUnclosed(open.pollLast(), sink);
        }
    }

    private static boolean startsLine(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    /** Mid-line in Markdown: an opening tag with attributes or an inline formatting tag, or the closer of one. */
    private static boolean isMarkupInProse(String name, boolean closing, String attributes, Deque<Open> open) {
        if (closing) {
            return open.stream().anyMatch(o -> o.name().equals(name));
        }
        return !attributes.isBlank() || INLINE.contains(name);
    }

    private static void reportUnclosed(Open element, DiagnosticSink sink) {
        if (!OPTIONAL_END.contains(element.name())) {
            sink.report(element.range(), "`<" + element.name() + ">` is not closed");
        }
    }

    private static int indexOfIgnoreCase(String text, String needle, int from, int to) {
        for (int i = from; i + needle.length() <= to; i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
