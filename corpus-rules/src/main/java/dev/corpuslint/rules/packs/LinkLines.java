package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kind {@code link-line}: a line made of nothing but links (Markdown or {@code <a href>}) whose targets all
 * match one of the URL patterns (promo links with utm_* parameters), optionally only when every link shows
 * just an image (a banner to another article). A line with any prose beside its links is never matched.
 */
final class LinkLines extends LineMatcher {
    /** One Markdown link whose text is plain or a single image; the target may hold one level of brackets. */
    static final Pattern MD_LINK = Pattern.compile(
            "\\[(!\\[[^\\]]*\\]\\([^)\\s]*\\)|[^\\[\\]]*)\\]\\(([^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*)(?:\\s+\"[^\"]*\")?\\)");
    static final Pattern HTML_LINK = Pattern.compile(
            "(?i)<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a>");
    static final Pattern HTML_IMAGE_ONLY = Pattern.compile("(?i)^\\s*<img\\b[^>]*>\\s*$");

    private final List<com.google.re2j.Pattern> urlPatterns;
    private final boolean imageOnly;

    LinkLines(List<com.google.re2j.Pattern> urlPatterns, boolean imageOnly, int maxLength) {
        super(maxLength);
        this.urlPatterns = urlPatterns;
        this.imageOnly = imageOnly;
    }

    @Override
    String match(CorpusDocument document, BodyLines body, int line) {
        String raw = body.raw(line).strip();
        // The first link must stand at the start (nothing but blanks may come before it, and the line is
        // stripped): a Markdown link starts with `[`, an HTML line with `<`. Most lines the literals let
        // through are prose with a link in it, ruled out here without a search.
        if (raw.isEmpty() || raw.charAt(0) != '[' && raw.charAt(0) != '<') {
            return null;
        }
        return links(raw, body, line);
    }

    /** {@link #match} for the stripped line {@code raw}, whatever its first character. */
    String links(String raw, BodyLines body, int line) {
        if (raw.indexOf("](") < 0 && raw.indexOf("href") < 0) {
            return null;
        }
        boolean html = raw.startsWith("<");
        Matcher m = (html ? HTML_LINK : MD_LINK).matcher(raw);
        int n = raw.length();
        int links = 0;
        // Each link must follow the last one with nothing but blanks between, so the pattern is tried only where
        // the next one must start (lookingAt), not searched for through the rest of the line (find), which for a
        // line that opens with a bracket but holds no link walked the whole line. A link opens with `[` or `<`,
        // never a blank, so no match a search would find can start earlier.
        for (int at = skipBlanks(raw, 0); at < n; at = skipBlanks(raw, m.end())) {
            if (!m.region(at, n).lookingAt()) {
                return null;
            }
            String text = html ? m.group(2) : m.group(1);
            String url = html ? m.group(1) : m.group(2);
            boolean image = html ? HTML_IMAGE_ONLY.matcher(text).matches() : text.startsWith("![");
            if ((imageOnly && !image) || !targetMatches(url)) {
                return null;
            }
            links++;
        }
        return links > 0 ? body.visible(line) : null;
    }

    /** The first index from {@code from} that is not whitespace as {@link String#isBlank} sees it. */
    private static int skipBlanks(String raw, int from) {
        int i = from;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean targetMatches(String url) {
        if (urlPatterns.isEmpty()) {
            return true;
        }
        for (com.google.re2j.Pattern p : urlPatterns) {
            if (p.matcher(url).find()) {
                return true;
            }
        }
        return false;
    }
}
