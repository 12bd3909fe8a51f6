package dev.corpuslint.rules.document;

/**
 * A fixed set of characters that rules test a document's {@link CharPresence} against (a code page's leads,
 * the characters only one Chinese script has). It lists the words of its bits that hold any character, so that
 * a test visits those alone: a code page's leads fill a handful of the 1,024 words, and visiting them all, for
 * every set and every document, was 6 % of a check of many small files.
 */
public final class CharSet {
    final long[] bits;
    final int[] words;

    /** {@code bits} holds the set as a {@link CharPresence} holds a text: character c at bit {@code c & 63} of word {@code c >>> 6}. */
    public CharSet(long[] bits) {
        if (bits.length != 1 << 10) {
            throw new IllegalArgumentException("a character set has 1,024 words of bits, not " + bits.length);
        }
        this.bits = bits.clone();
        int count = 0;
        for (long word : bits) {
            count += word != 0 ? 1 : 0;
        }
        this.words = new int[count];
        for (int w = 0, at = 0; w < bits.length; w++) {
            if (bits[w] != 0) {
                words[at++] = w;
            }
        }
    }
}
