package dev.corpuslint.rules.document;


/**
 * The body's lines as boilerplate rules compare them: the visible text of each line and a normalised key
 * (width folded, case folded, whitespace and leaked pinyin removed). Computed on first use and kept, because
 * every pack rule and the learned-boilerplate rule read the same lines.
 */
public final class BodyLines {
    /** Pinyin syllables are at most six letters (zhuàng); a longer bracket is not an annotation. */
    private static final int MAX_SYLLABLE = 6;

    private final LineIndex lines;
    private final int first;
    private final String[] visible;
    private final String[] readable;
    private final String[] normalized;
    /** Per line, the code points of the visible and then of the readable text, plus one (0: not counted yet). */
    private int[] lengths;

    /** Whether the text holds a `(` and a toned vowel: without both no line leaks pinyin. */
    private final boolean mayLeakPinyin;
    /** Whether the text holds a `<` or an `&`: without either no line has tags, comments or entities. */
    private final boolean mayHaveMarkup;
    /** Whether the text holds a surrogate: without one a line's length in code points is its length. */
    private final boolean mayHaveSurrogates;

    BodyLines(LineIndex lines, Body body, CharPresence present) {
        this.mayLeakPinyin = present.has('(') && (present.hasAny('\u00E0', '\u00FC') || present.hasAny('\u0101', '\u01DC'));
        this.mayHaveMarkup = present.has('<') || present.has('&');
        this.mayHaveSurrogates = present.hasAny('\uD800', '\uDFFF');
        this.lines = lines;
        this.first = lines.lineOf(body.range().start());
        int count = Math.max(0, lines.lineCount() - first);
        this.visible = new String[count];
        this.readable = new String[count];
        this.normalized = new String[count];
    }

    /** The first line of the body. */
    public int first() {
        return first;
    }

    /** One past the last line. */
    public int end() {
        return first + visible.length;
    }

    public String raw(int line) {
        return lines.lineText(line);
    }

    /** What a reader sees of the line: tags and comments removed, emphasis and edges stripped. */
    public String visible(int line) {
        int i = line - first;
        if (visible[i] == null) {
            visible[i] = VisibleText.of(lines.lineText(line), mayHaveMarkup);
        }
        return visible[i];
    }

    /** The visible text with pinyin leaked after characters removed: what patterns are matched against. */
    public String readable(int line) {
        int i = line - first;
        if (readable[i] == null) {
            readable[i] = mayLeakPinyin ? withoutLeakedPinyin(visible(line)) : visible(line);
        }
        return readable[i];
    }

    /**
     * The visible text's length in code points. Counted once per line: the pack rules' length limits, the
     * repeated-paragraph rule and the learner all ask, and a count walks the whole line.
     */
    public int visibleLength(int line) {
        return length(line, false);
    }

    /** The readable text's length in code points, counted once per line as {@link #visibleLength} is. */
    public int readableLength(int line) {
        return length(line, true);
    }

    private int length(int line, boolean readableText) {
        if (lengths == null) {
            lengths = new int[visible.length * 2];
        }
        int at = (line - first) * 2 + (readableText ? 1 : 0);
        if (lengths[at] == 0) {
            String text = readableText ? readable(line) : visible(line);
            // Most lines leak no pinyin, and then their readable text is their visible text.
            lengths[at] = (readableText && text == visible(line) ? length(line, false)
                    : mayHaveSurrogates ? text.codePointCount(0, text.length()) : text.length()) + 1;
        }
        return lengths[at] - 1;
    }

    /** The key two lines share when a reader would call them the same text. */
    public String normalized(int line) {
        int i = line - first;
        if (normalized[i] == null) {
            normalized[i] = fold(readable(line));
        }
        return normalized[i];
    }

    public boolean isBlank(int line) {
        return visible(line).isEmpty();
    }

    /**
     * Full-width ASCII (Ａ１：，) folds to half-width, case and all whitespace are dropped, and pinyin leaked
     * after characters is removed, so a breadcrumb still reads 当前位置 with its annotations. Width is folded
     * by hand rather than with NFKC: that is the only folding matching needs, and NFKC on every line of a
     * corpus cost more than all the rules that use the key.
     */
    public static String normalize(String text) {
        return fold(withoutLeakedPinyin(text));
    }

    /**
     * {@link #normalize} after the pinyin is removed. Folded in place in one char array: a StringBuilder checks
     * its capacity and coder on every append, which made this the largest self time in corpus profiles.
     */
    private static String fold(String stripped) {
        char[] chars = stripped.toCharArray();
        int n = 0;
        for (char c : chars) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (VisibleText.isSpace(c)) {
                continue;
            }
            chars[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 0x80 || isCaseless(c) ? c : Character.toLowerCase(c);
        }
        return new String(chars, 0, n);
    }

    /**
     * CJK radicals, punctuation, kana and ideographs (U+2E80-U+9FFF) have no lower case: asked first, as
     * nearly every character folded is one of them (BodyLinesTest checks every character).
     */
    static boolean isCaseless(char c) {
        return c >= '\u2E80' && c <= '\u9FFF';
    }

    /**
     * Removes a pinyin syllable with a tone mark in brackets right after a Han character: 當(dāng) → 當.
     * A scan rather than a regular expression: a look-behind for Han ran at every position of every line
     * and was the slowest part of a corpus check.
     */
    static String withoutLeakedPinyin(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        for (; open >= 0; open = text.indexOf('(', open + 1)) {
            int close = annotationEnd(text, open);
            if (close < 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, open);
            copied = close + 1;
            open = close;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** The index of the closing bracket when a pinyin annotation opens at {@code open}, else -1. */
    private static int annotationEnd(String text, int open) {
        if (open == 0 || !isHan(text.codePointBefore(open))) {
            return -1;
        }
        boolean toned = false;
        for (int i = open + 1; i < text.length() && i <= open + 1 + MAX_SYLLABLE; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return toned && i > open + 1 ? i : -1;
            }
            boolean tone = (c >= '\u00E0' && c <= '\u00FC') || (c >= '\u0101' && c <= '\u01DC');
            if (!tone && !(c >= 'a' && c <= 'z')) {
                return -1;
            }
            toned |= tone;
        }
        return -1;
    }

    private static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3134F);
    }
}
