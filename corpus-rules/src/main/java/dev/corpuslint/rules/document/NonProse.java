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
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern RAW_ELEMENT = Pattern.compile(
            "<(script|style|pre|code|textarea)\\b[^>]*>.*?(?:</\\1\\s*>|\\z)",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(`{3,}|~{3,})[^\\n]*\\n(?:.*?\\n)??(?: {0,3}\\1[`~]*[ \\t]*(?:\\r?\\n|\\z)|\\z)", Pattern.DOTALL);
    /** An indented code block: lines indented by four spaces or a tab, after a blank line. */
    private static final Pattern INDENTED_CODE = Pattern.compile("(?m)(?<=\\A|\\n[ \\t]{0,3}\\r?\\n)(?:(?: {4}|\\t)[^\\n]*(?:\\n|\\z))+");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`\\r\\n](?:.*?[^`])??\\1(?!`)");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*(?:\\s+\"[^\"]*\")?\\)");
    /** A URL ends at whitespace, quotes (straight or curly), CJK punctuation or the first CJK character. */
    private static final String URL_CHAR = "[^\\s<>\"'`\\u2018-\\u201F\\u3000-\\u303F\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uFF01-\\uFF0F\\uFF1A-\\uFF20]";
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:https?|ftp)://" + URL_CHAR + "+|\\bwww\\.[A-Za-z0-9-]+\\." + URL_CHAR + "+");

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
        CharSequence region = text.subSequence(body.start(), body.end());
        List<TextRange> found = new ArrayList<>();
        add(found, COMMENT, region, body.start());
        add(found, RAW_ELEMENT, region, body.start());
        add(found, TAG, region, body.start());
        if (kind != BodyKind.HTML) {
            add(found, FENCE, region, body.start());
            add(found, CODE_SPAN, region, body.start());
            add(found, LINK_TARGET, region, body.start());
        }
        addUrls(found, region, body.start());
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

    /** As autolinkers do, a URL does not end with a `)` it did not open: that one closes the text's bracket. */
    private static void addUrls(List<TextRange> out, CharSequence region, int base) {
        Matcher m = URL.matcher(region);
        while (m.find()) {
            int end = m.end();
            String url = m.group();
            int open = (int) url.chars().filter(c -> c == '(').count();
            int close = (int) url.chars().filter(c -> c == ')').count();
            while (close > open && end > m.start() && region.charAt(end - 1) == ')') {
                end--;
                close--;
            }
            out.add(new TextRange(base + m.start(), base + end));
        }
    }

    private static void add(List<TextRange> out, Pattern pattern, CharSequence region, int base) {
        Matcher m = pattern.matcher(region);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new TextRange(base + m.start(), base + m.end()));
            }
        }
    }

    /** Fenced code blocks and code spans of a Markdown or plain body (none for HTML), sorted. */
    static java.util.List<TextRange> codeRanges(String text, TextRange body, BodyKind kind) {
        java.util.List<TextRange> found = new ArrayList<>();
        if (kind != BodyKind.HTML) {
            CharSequence region = text.subSequence(body.start(), body.end());
            add(found, FENCE, region, body.start());
            add(found, INDENTED_CODE, region, body.start());
            add(found, CODE_SPAN, region, body.start());
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

    /** True when any of {@code [start, end)} is not prose. */
    public boolean touches(int start, int end) {
        int i = java.util.Arrays.binarySearch(starts, start);
        int idx = i >= 0 ? i : -i - 2;
        if (idx >= 0 && start < ends[idx]) {
            return true;
        }
        return idx + 1 < starts.length && starts[idx + 1] < end;
    }

    public List<TextRange> ranges() {
        List<TextRange> out = new ArrayList<>(starts.length);
        for (int i = 0; i < starts.length; i++) {
            out.add(new TextRange(starts[i], ends[i]));
        }
        return out;
    }
}
