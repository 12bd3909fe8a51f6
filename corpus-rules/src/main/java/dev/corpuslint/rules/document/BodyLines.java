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
    /** Per line, 256 bits of the readable text's character pairs (see {@link #mayContain}); null until asked. */
    private long[] pairs;
    /** Per line, the code points of the visible and then of the readable text, plus one (0: not counted yet). */
    private int[] lengths;

    /** Whether the text holds a `(` and a toned vowel: without both no line leaks pinyin. */
    private final boolean mayLeakPinyin;
    /** Whether the text holds a `<` or an `&`: without either no line has tags, comments or entities. */
    private final boolean mayHaveMarkup;

    BodyLines(LineIndex lines, Body body, CharPresence present) {
        this.mayLeakPinyin = present.has('(') && (present.hasAny('\u00E0', '\u00FC') || present.hasAny('\u0101', '\u01DC'));
        this.mayHaveMarkup = present.has('<') || present.has('&');
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
            lengths[at] = (readableText && text == visible(line) ? length(line, false) : text.codePointCount(0, text.length())) + 1;
        }
        return lengths[at] - 1;
    }

    /**
     * The 256-bit pair mask of {@code literal} (two characters or more) for {@link #mayContain}: computed
     * once per literal, so testing a line costs four bit tests rather than hashing the literal's pairs again
     * for every line.
     */
    public static long[] pairMask(String literal) {
        long[] mask = new long[4];
        for (int k = 1; k < literal.length(); k++) {
            int h = pairHash(literal.charAt(k - 1), literal.charAt(k));
            mask[h >>> 6] |= 1L << (h & 63);
        }
        return mask;
    }

    /**
     * False only when the line's readable text certainly does not contain the literal whose
     * {@link #pairMask} is {@code mask}: its character pairs, hashed into 256 bits per line, lack one of the
     * literal's. The per-line counterpart of the body's {@link BigramFilter}, with the same hash. Pack line
     * rules test a dozen `if-contains` literals against every line; most of those searches end here.
     */
    public boolean mayContain(int line, long[] mask) {
        int at = pairsOf(line);
        return (pairs[at] & mask[0]) == mask[0] && (pairs[at + 1] & mask[1]) == mask[1]
                && (pairs[at + 2] & mask[2]) == mask[2] && (pairs[at + 3] & mask[3]) == mask[3];
    }

    /**
     * False only when the line's readable text certainly contains none of a set of literals: {@code mask}
     * holds one pair of each (see {@link #anyPairMask}), and a line lacking all of them holds no literal.
     * One test for a rule's dozen literals, where {@link #mayContain} takes one per literal.
     */
    public boolean mayContainAny(int line, long[] mask) {
        int at = pairsOf(line);
        return (pairs[at] & mask[0]) != 0 || (pairs[at + 1] & mask[1]) != 0
                || (pairs[at + 2] & mask[2]) != 0 || (pairs[at + 3] & mask[3]) != 0;
    }

    /** The first pair of each of {@code literals} (two characters or more each), for {@link #mayContainAny}. */
    public static long[] anyPairMask(java.util.List<String> literals) {
        long[] mask = new long[4];
        for (String literal : literals) {
            int h = pairHash(literal.charAt(0), literal.charAt(1));
            mask[h >>> 6] |= 1L << (h & 63);
        }
        return mask;
    }

    /** Where the line's pair bits start in {@link #pairs}, hashing the line on first use. */
    private int pairsOf(int line) {
        int i = line - first;
        if (pairs == null) {
            pairs = new long[visible.length * 5]; // four words of bits and a "computed" word per line
        }
        int at = i * 5;
        if (pairs[at + 4] == 0) {
            String text = readable(line);
            for (int k = 1; k < text.length(); k++) {
                int h = pairHash(text.charAt(k - 1), text.charAt(k));
                pairs[at + (h >>> 6)] |= 1L << (h & 63);
            }
            pairs[at + 4] = 1;
        }
        return at;
    }

    private static int pairHash(char a, char b) {
        return BigramFilter.hash(a, b) & 0xFF;
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
     * nearly every character folded is one of them (BodyLinesTest checks the whole range).
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
