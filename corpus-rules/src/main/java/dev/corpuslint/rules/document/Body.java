package dev.corpuslint.rules.document;

import dev.corpuslint.rules.model.TextRange;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/** The article after the front matter, with its kind and its non-prose parts (found lazily, once). */
public final class Body {
    private static final Pattern HTML_START = Pattern.compile(
            "(?i)^\\s*<(?:!doctype|html|head|body|div|p|section|article|main|table|ul|ol|h[1-6]|span|font|center|figure|blockquote)\\b");
    private static final Pattern MARKDOWN_SIGN = Pattern.compile(
            "(?m)^(?: {0,3}#{1,6} |!\\[|\\[[^\\]]+\\]\\(| {0,3}[*+-] \\S| {0,3}> |```|\\*\\*\\S)");
    private static final int SNIFF_CHARS = 4096;

    private final String text;
    private final TextRange range;
    private final BodyKind kind;
    private NonProse nonProse;
    private Document html;
    private java.util.List<TextRange> code;
    private java.util.List<TextRange> invisible;
    /** The document's {@link CharPresence}: the scans below skip a search for a mark the text lacks. */
    private final java.util.function.Supplier<CharPresence> presence;
    private final java.util.function.Supplier<LineIndex> lines;

    Body(String text, TextRange range, BodyKind kind, java.util.function.Supplier<CharPresence> presence,
            java.util.function.Supplier<LineIndex> lines) {
        this.text = text;
        this.range = range;
        this.kind = kind;
        this.presence = presence;
        this.lines = lines;
    }

    /**
     * Whether a line of the body starts with four spaces or a tab, as every indented code block's lines do.
     * Asked of the line index, one test per line, so that the block scan (a walk of every line) runs only for
     * the few bodies that have one.
     */
    private boolean hasIndentedLine() {
        LineIndex index = lines.get();
        for (int line = index.lineOf(range.start()); line < index.lineCount(); line++) {
            int at = Math.max(index.lineStart(line), range.start());
            if (at < range.end() && (text.charAt(at) == '\t' || text.startsWith("    ", at))) {
                return true;
            }
        }
        return false;
    }

    public TextRange range() {
        return range;
    }

    public BodyKind kind() {
        return kind;
    }

    public NonProse nonProse() {
        if (nonProse == null) {
            nonProse = NonProse.scan(text, range, kind, presence.get());
        }
        return nonProse;
    }

    /** Fenced code blocks and code spans (Markdown and plain bodies), sorted; found once. */
    public java.util.List<TextRange> codeRanges() {
        if (code == null) {
            code = java.util.List.copyOf(NonProse.codeRanges(text, range, kind, presence.get(), kind != BodyKind.HTML && hasIndentedLine()));
        }
        return code;
    }

    /** Comments and script, style and noscript elements, sorted; found once. Lines inside them are not text. */
    public java.util.List<TextRange> invisibleRanges() {
        if (invisible == null) {
            invisible = java.util.List.copyOf(NonProse.invisible(text, range, presence.get()));
        }
        return invisible;
    }

    /** Whether {@code offset} lies inside code or inside an invisible part (comment, script, style). */
    public boolean isCodeOrInvisible(int offset) {
        return within(codeRanges(), offset) || within(invisibleRanges(), offset);
    }

    private static boolean within(java.util.List<TextRange> ranges, int offset) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextRange r = ranges.get(mid);
            if (offset < r.start()) {
                hi = mid - 1;
            } else if (offset >= r.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The body parsed by jsoup with source positions (relative to the body's start); parsed once, on first use. */
    public Document html() {
        if (html == null) {
            html = Jsoup.parse(text.substring(range.start(), range.end()), "", Parser.htmlParser().setTrackPosition(true));
        }
        return html;
    }

    /**
     * The document range of an element from its start tag to the end of its end tag (a void element: its
     * start tag), or null when the element has no such tags in the source (jsoup implied it, or it was never closed).
     */
    public TextRange rangeOf(Element element) {
        Range start = element.sourceRange();
        Range end = element.endSourceRange();
        // A void element (<img>, <br>) is its start tag; any other element needs both tags in the source.
        boolean isVoid = element.tag().isEmpty();
        if (!start.isTracked() || (!isVoid && !end.isTracked())) {
            return null;
        }
        int from = range.start() + start.startPos();
        int to = range.start() + (isVoid ? start.endPos() : end.endPos());
        // When jsoup repairs misnested tags, the end tag it records can be one that stands before the start.
        if (to <= from) {
            return null;
        }
        TextRange found = new TextRange(from, to);
        boolean matchesSource = found.end() <= range.end()
                && text.startsWith("<", found.start()) && text.charAt(found.end() - 1) == '>';
        return matchesSource ? found : null;
    }

    /**
     * The kind comes from the content first: scraped corpora hold HTML in .txt files and Markdown in
     * .html files, so the extension only breaks ties.
     */
    static BodyKind detect(String text, TextRange range, String fileName) {
        // The head is a region of the text, not a copy of it (4 KB a document): with the default anchoring
        // and opaque bounds, `^` and `\b` see the region as they saw the copy.
        int headEnd = Math.min(range.end(), range.start() + SNIFF_CHARS);
        if (HTML_START.matcher(text).region(range.start(), headEnd).find()) {
            return BodyKind.HTML;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".mdx")) {
            return BodyKind.MARKDOWN;
        }
        return MARKDOWN_SIGN.matcher(text).region(range.start(), headEnd).find() ? BodyKind.MARKDOWN : BodyKind.PLAIN;
    }
}
