package dev.corpuslint.rules.packs;

import dev.corpuslint.rules.document.BodyLines;
import dev.corpuslint.rules.document.CorpusDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The `if-contains` literals of pack line rules loaded together (every bundled pack; a configuration's own
 * packs), found in one pass over each body line for all of them: per line, which rules' literals it holds.
 * Each rule used to search every line for each of its literals, behind a per-line filter of character pairs
 * that every rule asked again; those searches and the filter were about a tenth of a corpus check.
 *
 * <p>Hand-written Aho-Corasick rather than a library's: the pass must cost one array read per character in
 * the launcher's C1-compiled code, which a dense automaton over the few characters the literals use gives
 * (every other character leads back to the start), and the libraries keep transitions in maps. A group whose
 * table would be too large (thousands of long literals in a user's pack) searches each literal instead.
 *
 * <p>The automaton is built on first use, so linking the matchers again (a pack loaded alone, then with the
 * others) costs nothing.
 */
final class LineLiterals {
    /** Matchers per automaton: one bit each in a per-line word. */
    static final int GROUP = 64;
    /** The most entries a group's transition table may have (two bytes each) before it searches instead. */
    static final int MAX_TABLE = 1 << 21;

    private final List<LineMatcher> matchers;
    /** Lines longer than every matcher's limit are not searched: no matcher looks at them. */
    private final int maxLength;
    private volatile Automaton automaton;

    private LineLiterals(List<LineMatcher> matchers) {
        this.matchers = List.copyOf(matchers);
        this.maxLength = matchers.stream().mapToInt(LineMatcher::maxLength).max().orElse(0);
    }

    /**
     * Links the line matchers among {@code rules} that have literals, in groups of {@link #GROUP}, so that each
     * finds its literals in its group's one pass. A matcher linked again leaves its earlier group.
     */
    static void link(List<PackRule> rules) {
        List<LineMatcher> matchers = new ArrayList<>();
        for (PackRule rule : rules) {
            if (rule.matcher() instanceof LineMatcher lines) {
                matchers.add(lines);
            }
        }
        linkMatchers(matchers);
    }

    /** {@link #link} for matchers. */
    static void linkMatchers(List<LineMatcher> matchers) {
        List<LineMatcher> withLiterals = matchers.stream().filter(m -> !m.literals().isEmpty()).toList();
        for (int from = 0; from < withLiterals.size(); from += GROUP) {
            List<LineMatcher> group = withLiterals.subList(from, Math.min(withLiterals.size(), from + GROUP));
            LineLiterals literals = new LineLiterals(group);
            for (int k = 0; k < group.size(); k++) {
                group.get(k).linkTo(literals, 1L << k);
            }
        }
    }

    /**
     * Per body line ({@code line - body.first()}), the bits of the matchers whose literals the line's readable
     * text holds; after them, the union of all. Found once per document and kept with it. A line no matcher
     * looks at (blank, or longer than every matcher's limit) has no bits.
     */
    long[] lines(CorpusDocument document) {
        return document.derived(this, this::find);
    }

    private long[] find(CorpusDocument document) {
        Automaton searcher = automaton();
        BodyLines body = document.bodyLines();
        int count = body.end() - body.first();
        long[] found = new long[count + 1];
        long any = 0;
        for (int i = 0; i < count; i++) {
            int line = body.first() + i;
            String text = body.readable(line);
            // The test LineMatcher.find makes, with the largest limit: code points are counted only when needed.
            if (text.isEmpty() || text.length() > maxLength && body.readableLength(line) > maxLength) {
                continue;
            }
            found[i] = searcher.find(text);
            any |= found[i];
        }
        found[count] = any;
        return found;
    }

    private Automaton automaton() {
        Automaton built = automaton;
        if (built == null) {
            synchronized (this) {
                built = automaton;
                if (built == null) {
                    built = Automaton.of(matchers.stream().map(LineMatcher::literals).toList());
                    automaton = built;
                }
            }
        }
        return built;
    }

    /** What finds a group's literals in a line: the bits of the matchers with one there. */
    abstract static class Automaton {
        abstract long find(String text);

        /** The search for the literals of each matcher, by position (at most {@link #GROUP}). */
        static Automaton of(List<List<String>> literals) {
            Automaton dense = Dense.build(literals);
            return dense != null ? dense : new Searches(literals);
        }
    }

    /** Each literal searched for in turn: for a group too large for a table. */
    static final class Searches extends Automaton {
        private final List<List<String>> literals;

        Searches(List<List<String>> literals) {
            this.literals = literals;
        }

        @Override
        long find(String text) {
            long found = 0;
            for (int m = 0; m < literals.size(); m++) {
                for (String literal : literals.get(m)) {
                    if (text.contains(literal)) {
                        found |= 1L << m;
                        break;
                    }
                }
            }
            return found;
        }
    }

    /**
     * Aho-Corasick with every transition resolved: a table row per state, a column per character that occurs in
     * a literal (column 0 for every other character, which leads back to the start).
     */
    static final class Dense extends Automaton {
        /** Each UTF-16 unit's column: 0 for a unit in no literal. */
        private final char[] column;
        private final int width;
        /** The state after each state and column, at {@code state * width + column}. */
        private final char[] next;
        /** Per state, the matchers one of whose literals ends there (its own, and those of its suffixes). */
        private final long[] ends;
        /** The matchers with an empty literal, which every line contains. */
        private final long always;

        private Dense(char[] column, int width, char[] next, long[] ends, long always) {
            this.column = column;
            this.width = width;
            this.next = next;
            this.ends = ends;
            this.always = always;
        }

        /** The automaton for the literals of each matcher, by position; null when its table would be too large. */
        static Dense build(List<List<String>> literals) {
            char[] column = new char[65536];
            int width = 1;
            int states = 1;
            long always = 0;
            for (int m = 0; m < literals.size(); m++) {
                for (String literal : literals.get(m)) {
                    if (literal.isEmpty()) {
                        always |= 1L << m;
                    }
                    states += literal.length();
                    for (int k = 0; k < literal.length(); k++) {
                        if (column[literal.charAt(k)] == 0) {
                            column[literal.charAt(k)] = (char) width++;
                        }
                    }
                }
            }
            // An upper bound on the states (a trie shares prefixes), which char indices must reach.
            if ((long) states * width > MAX_TABLE || states > Character.MAX_VALUE) {
                return null;
            }
            // The trie: each state's children as (column, state) pairs, found through a map while it is built.
            Map<Long, Integer> child = new HashMap<>();
            List<List<int[]>> children = new ArrayList<>();
            List<Long> endsOf = new ArrayList<>();
            children.add(new ArrayList<>());
            endsOf.add(0L);
            for (int m = 0; m < literals.size(); m++) {
                for (String literal : literals.get(m)) {
                    int state = 0;
                    for (int k = 0; k < literal.length(); k++) {
                        int c = column[literal.charAt(k)];
                        Integer to = child.get((long) state * width + c);
                        if (to == null) {
                            to = endsOf.size();
                            children.add(new ArrayList<>());
                            endsOf.add(0L);
                            child.put((long) state * width + c, to);
                            children.get(state).add(new int[] {c, to});
                        }
                        state = to;
                    }
                    if (!literal.isEmpty()) {
                        endsOf.set(state, endsOf.get(state) | 1L << m);
                    }
                }
            }
            int used = endsOf.size();
            char[] next = new char[used * width];
            long[] ends = new long[used];
            int[] fail = new int[used];
            // Breadth first, so a state's fallback (its longest proper suffix in the trie) is complete before it.
            // A state's row starts as its fallback's (a copy, cheap even at start-up, when this runs interpreted)
            // and its own children then replace their columns.
            int[] queue = new int[used];
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int state = queue[head++];
                if (state != 0) {
                    System.arraycopy(next, fail[state] * width, next, state * width, width);
                    ends[state] = endsOf.get(state) | ends[fail[state]];
                }
                for (int[] edge : children.get(state)) {
                    int c = edge[0];
                    int to = edge[1];
                    fail[to] = state == 0 ? 0 : next[state * width + c];
                    next[state * width + c] = (char) to;
                    queue[tail++] = to;
                }
            }
            return new Dense(column, width, next, ends, always);
        }

        @Override
        long find(String text) {
            long found = always;
            int state = 0;
            for (int k = 0, n = text.length(); k < n; k++) {
                int c = column[text.charAt(k)];
                if (c == 0) {
                    // Most characters: in no literal, so back to the start, where no literal ends.
                    state = 0;
                } else {
                    state = next[state * width + c];
                    found |= ends[state];
                }
            }
            return found;
        }
    }
}
