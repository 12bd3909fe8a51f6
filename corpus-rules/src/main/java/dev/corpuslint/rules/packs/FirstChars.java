package dev.corpuslint.rules.packs;

import java.util.HashSet;
import java.util.Set;

/**
 * The characters a match of a pattern anchored with {@code ^} can begin with, so that a line starting with
 * none of them is not handed to the regular-expression engine at all. Nearly every pack pattern is anchored
 * and starts with a bracket or a list of phrases; RE2/J ran every line holding an {@code if-contains} literal
 * through its automaton, although the line's first character already ruled most patterns out.
 *
 * <p>Read from the pattern's source, because RE2/J keeps its parse tree to itself. Only the shapes the packs
 * use are understood: literal characters, escaped punctuation, {@code \s} and {@code \d}, bracket classes,
 * groups ({@code (…)}, {@code (?:…)}) of alternatives, the quantifiers {@code ? * + {m,n}}, and {@code (?i)}
 * before the anchor (a letter then stands for its other cases). Where a match can begin with a dot, another
 * class escape ({@code \S}, {@code \w}), a range, a negated class or, under {@code (?i)}, a letter outside
 * ASCII, and for a pattern with another flag, a look-around, {@code \Q}, a character outside the Basic
 * Multilingual Plane or an alternative at the top level, or one that can match the empty text, the answer is
 * null: "any character". So the filter never turns away a line the pattern would match. The same reading gives,
 * for a pattern that ends with {@code $}, the characters a match ends with ({@link #lastOf}).
 */
final class FirstChars {
    /** Thrown at the first construct this reading does not understand. */
    private static final class Unknown extends Exception {
        Unknown() {
            super(null, null, false, false);
        }
    }

    /**
     * What a part of the pattern can begin with and end with (null: any character), and whether it can match
     * nothing at all.
     */
    private record Start(Set<Character> chars, Set<Character> last, boolean empty) {
        static final Start ANY = new Start(null, null, false);

        Start(Set<Character> chars, boolean empty) {
            this(chars, chars, empty);
        }
    }

    private final String pattern;
    /** Whether the pattern starts with {@code (?i)}: a letter then stands for its other cases too. */
    private final boolean foldCase;
    private int at;

    private FirstChars(String pattern, int at, boolean foldCase) {
        this.pattern = pattern;
        this.at = at;
        this.foldCase = foldCase;
    }

    /**
     * The 65,536-bit set of the characters a match of {@code pattern} (RE2 syntax) must begin with, or null
     * when that cannot be read safely from it.
     */
    static long[] of(String pattern) {
        boolean foldCase = pattern.startsWith("(?i)^");
        if (!pattern.startsWith("^") && !foldCase) {
            return null;
        }
        // A sequence, not an alternation: in `^a|b` the second alternative is not anchored.
        return read(pattern, foldCase ? 5 : 1, foldCase, false);
    }

    /**
     * The whole of {@code pattern} from {@code from} read as one sequence: the set of what a match can begin
     * with, or end with when {@code last}; null when the sequence is not the whole pattern, can match the empty
     * text, or may begin (end) with any character.
     */
    private static long[] read(String pattern, int from, boolean foldCase, boolean last) {
        FirstChars reader = new FirstChars(pattern, from, foldCase);
        try {
            Start start = reader.sequence();
            Set<Character> chars = last ? start.last() : start.chars();
            return reader.at != pattern.length() || start.empty() || chars == null ? null : bits(chars);
        } catch (Unknown e) {
            return null;
        }
    }

    /**
     * The 65,536-bit set of the characters a match of {@code pattern} (RE2 syntax) must end with, when it ends
     * with the end-of-text anchor {@code $} and cannot match the empty text: a line whose last character is
     * not in it cannot match. Null when the pattern does not end so or cannot be read safely. The share-bar
     * pattern of the generic pack ({@code ^(?:(?:微信|…)[\s|/]*){3,}$}) was handed ten thousand lines per
     * corpus check that start with one of its names and end with prose.
     */
    static long[] lastOf(String pattern) {
        int backslashes = 0;
        for (int i = pattern.length() - 2; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        if (!pattern.endsWith("$") || backslashes % 2 != 0) {
            return null; // no anchor at the end, or an escaped `$`
        }
        boolean foldCase = pattern.startsWith("(?i)");
        // The whole pattern one sequence, so that the `$` ends every match, not one alternative.
        return read(pattern, foldCase ? 4 : 0, foldCase, true);
    }

    private static long[] bits(Set<Character> chars) {
        long[] bits = new long[1 << 10];
        for (char c : chars) {
            bits[c >>> 6] |= 1L << c;
        }
        return bits;
    }

    /** Whether {@code c} is in a set {@link #of} or {@link #lastOf} made. */
    static boolean contains(long[] bits, char c) {
        return (bits[c >>> 6] & 1L << c) != 0;
    }

    private boolean more() {
        return at < pattern.length();
    }

    private char peek() {
        return pattern.charAt(at);
    }

    private Start alternation() throws Unknown {
        Start start = sequence();
        while (more() && peek() == '|') {
            at++;
            Start other = sequence();
            start = new Start(union(start.chars(), other.chars()), union(start.last(), other.last()), start.empty() || other.empty());
        }
        return start;
    }

    /** Both sets, or null (any character) when either is. */
    private static Set<Character> union(Set<Character> a, Set<Character> b) {
        if (a == null || b == null) {
            return null;
        }
        Set<Character> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private Start sequence() throws Unknown {
        Set<Character> chars = new HashSet<>();
        Set<Character> last = new HashSet<>();
        boolean empty = true;
        while (more() && peek() != '|' && peek() != ')') {
            Start item = item();
            // Only what can come first counts: the items up to and including the first that cannot be empty.
            // The rest is still read, to find where the sequence ends.
            if (empty && chars != null) {
                if (item.chars() == null) {
                    chars = null;
                } else {
                    chars.addAll(item.chars());
                }
            }
            empty &= item.empty();
            // And what can come last: an item that cannot be empty ends the sequence so far; one that can adds
            // its own last characters to those before it.
            last = item.empty() ? union(last, item.last()) : item.last() == null ? null : new HashSet<>(item.last());
        }
        return new Start(chars, last, empty);
    }

    private Start item() throws Unknown {
        Start atom = atom();
        if (!more()) {
            return atom;
        }
        char q = peek();
        boolean optional;
        if (q == '?' || q == '*') {
            at++;
            optional = true;
        } else if (q == '+') {
            at++;
            optional = false;
        } else if (q == '{') {
            optional = minimum() == 0;
        } else {
            return atom;
        }
        if (more() && peek() == '?') {
            at++; // lazy: matches the same texts
        }
        return optional ? new Start(atom.chars(), atom.last(), true) : atom;
    }

    /** Reads `{m}`, `{m,}` or `{m,n}` and returns m. */
    private int minimum() throws Unknown {
        int close = pattern.indexOf('}', at);
        if (close < 0) {
            throw new Unknown();
        }
        String inside = pattern.substring(at + 1, close);
        if (!inside.matches("\\d+(,\\d*)?")) {
            throw new Unknown();
        }
        at = close + 1;
        int comma = inside.indexOf(',');
        return Integer.parseInt(comma < 0 ? inside : inside.substring(0, comma));
    }

    private Start atom() throws Unknown {
        char c = peek();
        switch (c) {
            case '(' -> {
                at++;
                if (pattern.startsWith("?:", at)) {
                    at += 2;
                } else if (more() && peek() == '?') {
                    throw new Unknown(); // flags, names, look-arounds
                }
                Start inner = alternation();
                if (!more() || peek() != ')') {
                    throw new Unknown();
                }
                at++;
                return inner;
            }
            case '[' -> {
                Set<Character> members = bracket();
                return members == null ? Start.ANY : new Start(members, false);
            }
            case '\\' -> {
                Set<Character> escaped = escaped();
                return escaped == null ? Start.ANY : new Start(escaped, false);
            }
            case '^', '$' -> {
                at++;
                return new Start(Set.of(), Set.of(), true); // zero-width
            }
            case '.' -> {
                at++;
                return Start.ANY;
            }
            default -> {
                if (c == '*' || c == '+' || c == '?' || c == '{' || c == ']' || c == '}' || Character.isSurrogate(c)) {
                    throw new Unknown();
                }
                at++;
                Set<Character> chars = cases(c);
                return chars == null ? Start.ANY : new Start(chars, false);
            }
        }
    }

    /**
     * {@code c}, and under {@code (?i)} every character RE2's case folding matches it with: for an ASCII letter
     * its other case, and for k, s and i the Kelvin sign, the long s and the Turkish dotted and dotless i (more
     * than folding needs is harmless: the set only has to hold every possible first character). Outside ASCII,
     * ideographs and other caseless letters (Lo) and symbols without case mappings (©, 【) stand for themselves;
     * any other letter, or a symbol with a case (Ⓐ, Ⅰ), gives null: any character.
     */
    private Set<Character> cases(char c) {
        if (!foldCase) {
            return Set.of(c);
        }
        if (c >= 0x80) {
            boolean caseless = Character.isLetter(c) ? Character.getType(c) == Character.OTHER_LETTER
                    : Character.toUpperCase(c) == c && Character.toLowerCase(c) == c && Character.toTitleCase(c) == c;
            return caseless ? Set.of(c) : null;
        }
        if (!Character.isLetter(c)) {
            return Set.of(c);
        }
        char lower = Character.toLowerCase(c);
        Set<Character> chars = new HashSet<>(Set.of(lower, Character.toUpperCase(c)));
        switch (lower) {
            case 'k' -> chars.add('\u212A');
            case 's' -> chars.add('\u017F');
            case 'i' -> {
                chars.add('\u0130');
                chars.add('\u0131');
            }
            default -> { }
        }
        return chars;
    }

    /** RE2's {@code \s} and {@code \d} (Perl classes, ASCII only): a tab, line feed, form feed, carriage return or space; a digit. */
    private static final Set<Character> SPACE = Set.of('\t', '\n', '\f', '\r', ' ');
    private static final Set<Character> DIGIT = Set.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');

    /**
     * What an escape matches: an escaped punctuation character itself, {@code \s} and {@code \d} their
     * classes, any other ({@code \S}, {@code \w}, {@code \x41}) null, any character. {@code \Q…\E} quotes what
     * this reading would take for structure: not read.
     */
    private Set<Character> escaped() throws Unknown {
        if (at + 1 >= pattern.length()) {
            throw new Unknown();
        }
        char e = pattern.charAt(at + 1);
        if (e == 'Q' || e == 'E' || Character.isSurrogate(e)) {
            throw new Unknown();
        }
        at += 2;
        if (e == 's' || e == 'd') {
            return e == 's' ? SPACE : DIGIT;
        }
        return e >= 0x80 || Character.isLetterOrDigit(e) || Character.isWhitespace(e) ? null : Set.of(e);
    }

    /** The members of a bracket class, or null (any character) for a negated class, a range or a class escape. */
    private Set<Character> bracket() throws Unknown {
        at++;
        if (!more() || peek() == ']') {
            throw new Unknown();
        }
        Set<Character> chars = new HashSet<>();
        if (peek() == '^') {
            chars = null;
            at++;
        }
        while (more() && peek() != ']') {
            char c = peek();
            Set<Character> members;
            if (c == '\\') {
                members = escaped();
            } else if (c == '[' || Character.isSurrogate(c)) {
                throw new Unknown(); // [:alpha:] and characters beyond the BMP
            } else {
                members = cases(c);
                at++;
            }
            if (more() && peek() == '-' && at + 1 < pattern.length() && pattern.charAt(at + 1) != ']') {
                members = null; // a range: its end is read as a member of a class already taken as any
            }
            if (members == null || chars == null) {
                chars = null;
            } else {
                chars.addAll(members);
            }
        }
        if (!more()) {
            throw new Unknown();
        }
        at++;
        return chars;
    }
}
