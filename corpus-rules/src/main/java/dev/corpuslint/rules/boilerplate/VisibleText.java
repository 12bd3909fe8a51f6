package dev.corpuslint.rules.boilerplate;

import java.util.regex.Pattern;

/** What a reader sees of one line: tags and comments removed, common entities decoded, edges trimmed. */
final class VisibleText {
    private static final Pattern COMMENT = Pattern.compile("<!--.*?(?:-->|$)");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern EMPHASIS = Pattern.compile("^(\\*{1,3}|_{1,3})(.*?)\\1$");

    private VisibleText() {}

    static String of(String line) {
        String text = line;
        if (text.indexOf('<') >= 0) {
            text = COMMENT.matcher(text).replaceAll("");
            text = TAG.matcher(text).replaceAll("");
        }
        if (text.indexOf('&') >= 0) {
            text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        }
        text = strip(text);
        var emphasis = EMPHASIS.matcher(text);
        if (emphasis.matches()) {
            text = strip(emphasis.group(2));
        }
        return text;
    }

    /** Trims ASCII and CJK whitespace, including U+3000 and no-break spaces. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }
}
