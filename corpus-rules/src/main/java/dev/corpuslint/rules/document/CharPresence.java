package dev.corpuslint.rules.document;

/**
 * Which characters a document's text holds: one bit for each of the 65,536 UTF-16 code units, set in one pass
 * over the text. Many rules look for characters most documents lack (invisible characters, U+FFFD, full-width
 * letters, toned pinyin vowels, a `<` or a backtick in a Chinese news body) and walked every character of
 * every document to find none; asking here first lets them skip that walk, and the one pass serves them all.
 */
public final class CharPresence {
    /** Says every character is present: a scan given it runs as if there were no survey. */
    static final CharPresence ALL = new CharPresence(allBits(), new BigramFilter(allBits()), null, 0, -1);

    private final long[] bits;
    private final BigramFilter bodyPairs;
    /** Where the body's marks stand, in its first {@link #bodyMarkCount} entries (not copied to size). */
    private final int[] bodyMarks;
    private final int bodyMarkCount;
    /** Where the body whose marks are listed starts (-1 for {@link #ALL}, which lists none). */
    private final int bodyStart;

    private CharPresence(long[] bits, BigramFilter bodyPairs, int[] bodyMarks, int bodyMarkCount, int bodyStart) {
        this.bits = bits;
        this.bodyPairs = bodyPairs;
        this.bodyMarks = bodyMarks;
        this.bodyMarkCount = bodyMarkCount;
        this.bodyStart = bodyStart;
    }

    /** {@link #isMark} per character: one load in the survey's loop, where a test of ranges was a call in C1's code. */
    private static final boolean[] MARK = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : "(),;:?!\u2018\u2019\u201A\u201B\u201C\u201D\uFF08\uFF09".toCharArray()) {
            MARK[c] = true;
        }
        for (char c = '\u3008'; c <= '\u3011'; c++) {
            MARK[c] = true;
        }
    }

    /**
     * Whether {@link #bodyMarks} lists {@code c}: the paired marks (“ ” ‘ ’ ‚ ‛, 〈 〉 《 》 「 」 『 』 【 】,
     * full-width and ASCII parentheses) and the ASCII punctuation Chinese text should not hold (, ; : ? !).
     * The colons also lead {@link NonProse} to the body's `://`.
     */
    public static boolean isMark(char c) {
        return MARK[c];
    }

    private static long[] allBits() {
        long[] bits = new long[1 << 10];
        java.util.Arrays.fill(bits, -1L);
        return bits;
    }

    static CharPresence of(char[] chars) {
        return of(chars, chars.length);
    }

    /**
     * The survey of {@code chars}, and in the same pass the {@link BigramFilter} of the body that starts at
     * {@code bodyStart}: one walk of the text where each took its own.
     */
    static CharPresence of(char[] chars, int bodyStart) {
        long[] bits = new long[1 << 10];
        long[] pairs = new long[1 << 10];
        for (int i = 0; i < bodyStart; i++) {
            char c = chars[i];
            // A shift takes its distance modulo 64: 1L << c is the bit of c within its word.
            bits[c >>> 6] |= 1L << c;
        }
        // Marks are a few per cent of a Chinese body: room for one character in sixteen rarely has to grow.
        int[] marks = new int[Math.max(16, (chars.length - bodyStart) >>> 4)];
        int count = 0;
        if (bodyStart < chars.length) {
            char previous = chars[bodyStart];
            bits[previous >>> 6] |= 1L << previous;
            if (MARK[previous]) {
                marks[count++] = bodyStart;
            }
            for (int i = bodyStart + 1; i < chars.length; i++) {
                char c = chars[i];
                bits[c >>> 6] |= 1L << c;
                int h = BigramFilter.hash(previous, c);
                pairs[h >>> 6] |= 1L << h;
                previous = c;
                if (MARK[c]) {
                    if (count == marks.length) {
                        marks = java.util.Arrays.copyOf(marks, count * 2);
                    }
                    marks[count++] = i;
                }
            }
        }
        return new CharPresence(bits, new BigramFilter(pairs), marks, count, bodyStart);
    }

    /**
     * Where the body's marks ({@link #isMark}) stand, in order, found in the survey's pass: the rules about
     * paired and half-width punctuation visit these instead of every character of the body. Only the first
     * {@link #bodyMarkCount} entries are marks; the array is not copied to size. Callers must not write to it.
     */
    public int[] bodyMarks() {
        if (bodyMarks == null) {
            throw new IllegalStateException("a survey that says every character is present lists no marks");
        }
        return bodyMarks;
    }

    /**
     * Whether {@link #bodyMarks} lists the marks of a body that starts at {@code start}: a scan of that body
     * may visit them instead of searching it.
     */
    boolean listsBodyMarksFrom(int start) {
        return bodyMarks != null && bodyStart == start;
    }

    /**
     * False only when the body starting at {@code start} certainly lacks the literal whose pairs are given
     * ({@link BigramFilter#pairsOf}): always true for a survey of another body, or of no body.
     */
    boolean bodyMayContain(int start, int[] literalPairs) {
        return bodyStart != start || bodyPairs.mayContain(literalPairs);
    }

    /** How many of {@link #bodyMarks} are marks. */
    public int bodyMarkCount() {
        return bodyMarkCount;
    }

    /** Which pairs of adjacent characters the body holds (see {@link BigramFilter}). */
    BigramFilter bodyPairs() {
        return bodyPairs;
    }

    /** Whether {@code c} occurs in the text. */
    public boolean has(char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }

    /** Whether any character from {@code from} to {@code to}, both included, occurs in the text. */
    public boolean hasAny(char from, char to) {
        int first = from >>> 6;
        int last = to >>> 6;
        long head = -1L << from;
        long tail = -1L >>> (63 - (to & 63));
        if (first == last) {
            return (bits[first] & head & tail) != 0;
        }
        if ((bits[first] & head) != 0 || (bits[last] & tail) != 0) {
            return true;
        }
        for (int w = first + 1; w < last; w++) {
            if (bits[w] != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether any character of {@code set} occurs in the text. */
    public boolean intersects(CharSet set) {
        for (int w : set.words) {
            if ((bits[w] & set.bits[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether any character of {@code chars} occurs in the text. */
    public boolean hasAnyOf(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (has(chars.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
