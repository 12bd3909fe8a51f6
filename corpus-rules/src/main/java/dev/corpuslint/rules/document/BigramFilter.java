package dev.corpuslint.rules.document;

/**
 * Which pairs of adjacent characters a text contains, hashed into 65,536 bits: a literal with a pair the
 * text lacks cannot be in it. Pack rules test dozens of `if-contains` literals against every body; with this
 * filter most of those searches end after a few bit lookups instead of scanning the whole text.
 * A filter may say "maybe" wrongly (hash collisions), never "no" wrongly.
 */
public final class BigramFilter {
    private final long[] bits = new long[1 << 10];

    private BigramFilter(String text, int start, int end) {
        if (end - start < 2) {
            return;
        }
        // Every character of every body passes here once: a String (not a CharSequence, whose charAt is an
        // interface call) and the previous character kept in a local.
        char previous = text.charAt(start);
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            int h = hash(previous, c);
            bits[h >>> 6] |= 1L << (h & 63);
            previous = c;
        }
    }

    /** The filter of a document's body, computed once per document. */
    public static BigramFilter ofBody(CorpusDocument document) {
        return document.derived(BigramFilter.class, d -> {
            var body = d.body().range();
            return new BigramFilter(d.text(), body.start(), body.end());
        });
    }

    /** False only when {@code literal} (two characters or more) certainly does not occur in the text. */
    public boolean mayContain(String literal) {
        for (int i = 1; i < literal.length(); i++) {
            int h = hash(literal.charAt(i - 1), literal.charAt(i));
            if ((bits[h >>> 6] & (1L << (h & 63))) == 0) {
                return false;
            }
        }
        return true;
    }

    /** 16 bits of a character pair; also used, masked to 8, by the per-line filter of {@link BodyLines}. */
    static int hash(char a, char b) {
        return ((a * 0x9E37) ^ b) & 0xFFFF;
    }
}
