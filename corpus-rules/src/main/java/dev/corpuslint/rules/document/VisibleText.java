package dev.corpuslint.rules.document;

/** What a reader sees of one line: tags and comments removed, common entities decoded, edges trimmed. */
public final class VisibleText {
    private VisibleText() {}

    public static String of(String line) {
        return of(line, true);
    }

    /**
     * {@link #of(String)} for a line of a text that holds no `<` and no `&` when {@code mayHaveMarkup} is false
     * (four documents in ten): the line is then not searched for them.
     */
    static String of(String line, boolean mayHaveMarkup) {
        // One pass tells whether the line has markup or entities at all; most lines have neither.
        boolean tag = false;
        boolean entity = false;
        for (int i = 0, n = mayHaveMarkup ? line.length() : 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '<') {
                tag = true;
            } else if (c == '&') {
                entity = true;
            }
        }
        String text = tag ? withoutMarkup(line) : line;
        if (entity && text.indexOf('&') >= 0) {
            text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        }
        text = strip(text);
        char mark = text.isEmpty() ? 0 : text.charAt(0);
        if ((mark == '*' || mark == '_') && text.length() > 1 && text.charAt(text.length() - 1) == mark) {
            String inner = emphasized(text);
            if (inner != null) {
                text = strip(inner);
            }
        }
        return text;
    }

    /**
     * What {@code ^(\*{1,3}|_{1,3})(.*?)\1$} would capture as its second group when it matches the whole of
     * {@code text}, else null. Read by hand: the pattern's lazy group tried the closing marks at every character
     * of the line, and bold lines are common in scraped Markdown. The whole text must match, so the closing
     * marks are its last characters and the group is what lies between; the most opening marks that the end
     * repeats win (the quantifier is greedy), and the group may not hold a line terminator, which {@code .}
     * does not match. BodyLinesTest holds it to the pattern.
     */
    static String emphasized(String text) {
        int n = text.length();
        char mark = n == 0 ? 0 : text.charAt(0);
        if (mark != '*' && mark != '_') {
            return null;
        }
        int open = 1;
        while (open < 3 && open < n && text.charAt(open) == mark) {
            open++;
        }
        for (int k = open; k >= 1; k--) {
            if (n >= 2 * k && endsWithMarks(text, mark, k)) {
                for (int i = k; i < n - k; i++) {
                    char c = text.charAt(i);
                    if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                        return null;
                    }
                }
                return text.substring(k, n - k);
            }
        }
        return null;
    }

    private static boolean endsWithMarks(String text, char mark, int k) {
        for (int i = text.length() - k; i < text.length(); i++) {
            if (text.charAt(i) != mark) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops comments (to their end, or to the end of the line when they continue on the next) and tags
     * ({@code <a ...>}, {@code </p>}, {@code <br/>}); a {@code <} that starts neither is text. A scan rather than
     * regular expressions: lazy {@code .*?} patterns recursed once per character on the long single-line HTML
     * of scraped pages, and every boilerplate rule reads every line.
     */
    static String withoutMarkup(String line) {
        // The text between tags is copied a run at a time into one array: a StringBuilder appended to one
        // character at a time was a call per character in C1's code.
        int n = line.length();
        char[] out = new char[n];
        int length = 0;
        int i = 0;
        while (i < n) {
            int lt = line.indexOf('<', i);
            int runEnd = lt < 0 ? n : lt;
            line.getChars(i, runEnd, out, length);
            length += runEnd - i;
            i = runEnd;
            if (i >= n) {
                break;
            }
            if (line.startsWith("<!--", i)) {
                int close = line.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            int nameStart = i + 1 < n && line.charAt(i + 1) == '/' ? i + 2 : i + 1;
            int end = nameStart < n && isAsciiLetter(line.charAt(nameStart)) ? tagEnd(line, nameStart) : -1;
            if (end < 0) {
                out[length++] = '<';
                i++;
            } else {
                i = end;
            }
        }
        return new String(out, 0, length);
    }

    /** The index after the {@code >} that closes a tag whose name starts at {@code at}, or -1 when it is not a tag. */
    private static int tagEnd(String line, int at) {
        int i = at + 1;
        while (i < line.length() && (isAsciiLetter(line.charAt(i)) || Character.isDigit(line.charAt(i))
                || line.charAt(i) == ':' || line.charAt(i) == '-')) {
            i++;
        }
        if (i >= line.length()) {
            return -1;
        }
        char next = line.charAt(i);
        if (next == '>') {
            return i + 1;
        }
        if (next == '/' && i + 1 < line.length() && line.charAt(i + 1) == '>') {
            return i + 2;
        }
        if (!Character.isWhitespace(next)) {
            return -1;
        }
        for (int j = i; j < line.length(); j++) {
            char d = line.charAt(j);
            if (d == '>') {
                return j + 1;
            }
            if (d == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Trims ASCII and CJK whitespace, including U+3000 and no-break spaces. */
    public static String strip(String text) {
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

    public static boolean isSpace(char c) {
        // Printable ASCII, CJK and its punctuation, nearly every character, are answered here; the rest in a
        // method of its own, which keeps this one small enough for C1 to inline into the loops that call it.
        if (c > ' ' && c < 0x7F || c > '\u3000' && c < '\uFEFF') {
            return false;
        }
        return isOtherSpace(c);
    }

    private static boolean isOtherSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
    }
}
