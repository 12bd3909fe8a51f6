package dev.corpuslint.rules.document;

/**
 * Which pairs of adjacent characters a text contains, hashed into 65,536 bits: a literal with a pair the
 * text lacks cannot be in it. Pack rules test dozens of `if-contains` literals against every body; with this
 * filter most of those searches end after a few bit lookups instead of scanning the whole text.
 * A filter may say "maybe" wrongly (hash collisions), never "no" wrongly.
 */
public final class BigramFilter {
    private final long[] bits;

    /** The pair bits of a body, set by {@link CharPresence#of} in its pass over the text. */
    BigramFilter(long[] bits) {
        this.bits = bits;
    }

    /** The filter of a document's body, computed once per document (with its {@link CharPresence}). */
    public static BigramFilter ofBody(CorpusDocument document) {
        return document.presence().bodyPairs();
    }

    /** False only when {@code literal} (two characters or more) certainly does not occur in the text. */
    public boolean mayContain(String literal) {
        return mayContain(pairsOf(literal));
    }

    /** {@link #mayContain(String)} with the literal's pairs hashed beforehand ({@link #pairsOf}). */
    public boolean mayContain(int[] pairs) {
        for (int h : pairs) {
            if ((bits[h >>> 6] & (1L << (h & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The hashes of {@code literal}'s pairs, for {@link #mayContain(int[])}: hashed once for a literal that every
     * document's filter is asked about (a pack rule's {@code if-contains}).
     */
    public static int[] pairsOf(String literal) {
        int[] pairs = new int[Math.max(0, literal.length() - 1)];
        for (int i = 1; i < literal.length(); i++) {
            pairs[i - 1] = hash(literal.charAt(i - 1), literal.charAt(i));
        }
        return pairs;
    }

    /** 16 bits of a character pair. */
    static int hash(char a, char b) {
        return ((a * 0x9E37) ^ b) & 0xFFFF;
    }
}
